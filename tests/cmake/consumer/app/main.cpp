// The consumer of tests/cmake: uses the generated C++ of the app profile (scopes/app.yaml), the
// shipped Xero and Stripe catalogues and this project's own additions, checks facts at compile
// time and at run time, and prints the values incremental.sh watches change.
#include <scopegen/app.hpp>
#include <scopegen/xero.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "parts.hpp"

namespace xero = scopegen::xero;
namespace stripe = scopegen::stripe;
namespace profile = scopegen::app;

static_assert(profile::kId == "consumer_demo");
static_assert(xero::parse("openid") == xero::Scope::openid);
static_assert(profile::xero::kRequired.contains(xero::Scope::openid));
static_assert(profile::xero::kRequired.includes(xero::kAlwaysRequired));
static_assert(profile::stripe::kRequired.contains(stripe::Permission::widget_read));

namespace {
int failures = 0;
void expect(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "FAILED: %s\n", what);
    ++failures;
  }
}
std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
}  // namespace

int main() {
  // Run-time strings, not literals: the parse tables work outside constant evaluation too.
  const std::string granted = std::string("openid ") + "offline_access " + "not.a.scope";
  const auto parsed = xero::parse_scope_string(granted);
  expect(parsed.known == (xero::ScopeSet{xero::Scope::openid, xero::Scope::offline_access}),
         "a token's known scopes");
  expect(parsed.unknown.size() == 1 && parsed.unknown[0] == "not.a.scope",
         "a token's unknown scope");
  expect(xero::scope_string(profile::xero::kRequired) == profile::xero::kRequiredString,
         "the consent string is the generated one");
  expect(xero_round_trips() == xero::kScopeCount, "every Xero scope name parses back");
  expect(profile::stripe::kRequired.contains(stripe::Permission::customer_read),
         "customer_read requested");
  expect(!widget_description().empty(), "widget_read has a description");

  // JSON lands next to the headers, for a frontend build.
  const std::string json = read(std::string(CONSUMER_JSON_DIR) + "/stripe.permissions.json");
  expect(json.find("\"widget_read\"") != std::string::npos,
         "stripe.permissions.json lists widget_read");

  std::printf("xero_required=%zu\n", profile::xero::kRequired.size());
  std::printf("widget_description=%.*s\n", static_cast<int>(widget_description().size()),
              widget_description().data());
  std::printf("extra_revision=%d\n", extra_revision());
  std::printf("consumer: %s\n", failures == 0 ? "all checks passed" : "FAILED");
  return failures == 0 ? 0 : 1;
}

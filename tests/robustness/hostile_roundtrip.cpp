// The C++ generated from tests/cases/hostile_descriptions, compiled as C++17 and C++20 with
// -Werror (and GCC's -Wbidi-chars=any), then run: every string of the tables must come back
// byte for byte.
//   hostile_roundtrip CASE_INPUT_DIR
// Two oracles: a few expectations written out here byte by byte (checked at compile time, so
// they hold without any YAML parser), and every other string read from the tables with
// yaml-cpp's document API (not scopegen's loader).
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "scopegen/app.hpp"

namespace books = scopegen::books;
namespace pay = scopegen::pay;
using namespace std::string_view_literals;

// Byte-exact expectations, independent of any parser.
static_assert(books::description(books::Scope::nul) == "\0"sv);
static_assert(books::description(books::Scope::nul).size() == 1);
static_assert(books::description(books::Scope::quote) == "\""sv);
static_assert(books::description(books::Scope::everything) == "*/"sv);
static_assert(books::description(books::Scope::contacts) == "trailing backslash \\"sv);
static_assert(books::description(books::Scope::journal_read) == "before NUL\0after NUL"sv);
static_assert(books::description(books::Scope::ledger) ==
              "line one, two and three\ttab\xC2\x85"
              "next line\xE2\x80\xA8"
              "line separator"
              "\xE2\x80\xA9"
              "paragraph separator"sv);
static_assert(books::description(books::Scope::ledger_read) ==
              "backticks `x` ${template} </script><script>alert(1)</script> <!-- --> {{mustache}} "
              "{{> banner}} {{{triple}}} %s %n"sv);
static_assert(books::description(books::Scope::controls) ==
              "SOH \x01 STX \x02 ESC \x1B[31m red \x1B[0m BEL \a BS \b VT \v FF \f DEL \x7F end"sv);
static_assert(books::info(books::UseCase::reporting).label_en == "\0"sv);
static_assert(pay::description(pay::Permission::event_read) == "\\"sv);
static_assert(scopegen::app::kName.size() == 48);
static_assert(scopegen::app::kName.back() == '\0');

namespace {

int failures = 0;
int checked = 0;

std::string shown(std::string_view s) {
  std::string out;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c < 0x7F && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    }
  }
  return out;
}

void expect(std::string_view what, std::string_view generated, const YAML::Node& table) {
  ++checked;
  const std::string expected = table ? table.as<std::string>() : std::string();
  if (generated == expected) return;
  ++failures;
  std::printf("MISMATCH %s\n  generated: \"%s\"\n  table:     \"%s\"\n", std::string(what).c_str(),
              shown(generated).c_str(), shown(expected).c_str());
}

// The generated lookup found the table's name; reports it when not.
template <class T>
bool found(const std::optional<T>& value, const char* what, const std::string& name) {
  if (value) return true;
  ++failures;
  std::printf("MISSING %s %s\n", what, name.c_str());
  return false;
}

std::string name_of(const YAML::Node& item) {
  return item.IsMap() ? item["name"].as<std::string>() : item.as<std::string>();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s CASE_INPUT_DIR\n", argv[0]);
    return 2;
  }
  const std::string dir = argv[1];
  const YAML::Node b = YAML::LoadFile(dir + "/books.yaml");
  const YAML::Node p = YAML::LoadFile(dir + "/pay.yaml");
  const YAML::Node a = YAML::LoadFile(dir + "/app.yaml");

  expect("books provider name", books::kProviderName, b["provider"]["name"]);
  for (const YAML::Node& scope : b["scopes"]) {
    const std::string name = scope["name"].as<std::string>();
    const auto s = books::parse(name);
    if (!found(s, "scope", name)) continue;
    expect("scope name " + name, books::to_string(*s), scope["name"]);
    expect("scope description " + name, books::description(*s), scope["description"]);
  }
  std::size_t i = 0;
  for (const YAML::Node& integration : b["integrations"]) {
    const books::Integration& g = books::kIntegrations.at(i++);
    expect("integration id", g.id, integration["id"]);
    expect("integration name", g.name, integration["name"]);
    expect("integration platform_key", g.platform_key, integration["platform_key"]);
    expect("integration redirect_uri", g.redirect_uri, integration["redirect_uri"]);
  }
  for (const YAML::Node& use_case : b["use_cases"]) {
    const std::string id = use_case["id"].as<std::string>();
    const auto u = books::parse_use_case(id);
    if (!found(u, "use case", id)) continue;
    expect("use case label en " + id, books::info(*u).label_en, use_case["label"]["en"]);
    expect("use case label fr " + id, books::info(*u).label_fr, use_case["label"]["fr"]);
  }

  expect("pay provider name", pay::kProviderName, p["provider"]["name"]);
  for (const YAML::Node& resource : p["resources"]) {
    for (const YAML::Node& item : resource["permissions"]) {
      const std::string name = name_of(item);
      const auto perm = pay::parse(name);
      if (!found(perm, "permission", name)) continue;
      expect("permission description " + name, pay::description(*perm), resource["description"]);
      expect("permission product " + name, pay::product(*perm), resource["product"]);
      expect("permission resource " + name, pay::resource(*perm), resource["resource"]);
    }
  }

  expect("app name", scopegen::app::kName, a["app"]["name"]);

  std::printf("hostile_roundtrip (C++%ld): %d strings checked, %d mismatches\n",
              static_cast<long>(__cplusplus / 100 % 100), checked, failures);
  return failures == 0 && checked >= 25 ? 0 : 1;
}

// The profile's `operations:`: the least-privilege names they add under the profile's scheme,
// and under the other scheme for the generated migration sets. Inputs: the small catalogue
// and operation table of tests/cases/lint_operations.
#include <doctest/doctest.h>

#include "check/decode.hpp"
#include "load/inputs.hpp"
#include "load/yaml_reader.hpp"
#include "model/build.hpp"
#include "model/least_privilege.hpp"
#include "model/operations.hpp"

using namespace scopegen;
using Names = std::vector<std::string>;

namespace {

const std::string kCase = std::string(SCOPEGEN_SOURCE_DIR) + "/tests/cases/lint_operations/input/";

// Builds the case's catalogue and table with a profile whose `books:` selection is `selection`.
std::optional<model::Model> build_with(const std::string& selection, diag::Diagnostics& d) {
  std::vector<load::Document> docs =
      load::read_inputs({kCase + "books.yaml", kCase + "books.operations.yaml"}, d);
  const std::string profile =
      "scopegen: 1\nkind: app\napp: {id: a, name: A, created: \"2026-04-01\"}\nproviders:\n"
      "  books:\n" +
      selection;
  auto app = load::parse_yaml(profile, "app.yaml", d);
  REQUIRE(app);
  docs.push_back(std::move(*app));
  return model::build(check::decode(docs, d), d);
}

Names names(const model::Provider& p, const std::vector<model::Index>& entries) {
  Names out;
  for (auto i : entries) out.push_back(p.entries[i].name);
  return out;
}

}  // namespace

TEST_CASE("a read call adds the read-only name; a write call the one that can write") {
  diag::Diagnostics d;
  const auto m = build_with("    scheme: granular\n    operations: [getInvoices]\n", d);
  REQUIRE_MESSAGE(m, diag::format_all(d));
  const auto& ap = m->app->providers.front();
  const auto& p = m->providers[ap.provider];
  CHECK(names(p, ap.required) == Names{"offline_access", "invoices.read"});
  REQUIRE(ap.operations.size() == 1);
  REQUIRE(ap.operations.front().derived);
  CHECK(p.entries[*ap.operations.front().derived].name == "invoices.read");
  CHECK(ap.needed_by_operations.at(*p.find("invoices.read")) == Names{"getInvoices"});
  // Under broad, the same call takes the broad read scope.
  REQUIRE(ap.by_scheme);
  CHECK(names(p, ap.by_scheme->broad) == Names{"offline_access", "transactions.read"});
  CHECK(names(p, ap.by_scheme->granular) == Names{"offline_access", "invoices.read"});
}

TEST_CASE("a call with one choice goes first, and spares the others their read scope") {
  diag::Diagnostics d;
  const auto m = build_with(
      "    scheme: granular\n    operations: [getInvoices, updateInvoice, \"PUT /Payments\"]\n", d);
  REQUIRE_MESSAGE(m, diag::format_all(d));
  const auto& ap = m->app->providers.front();
  const auto& p = m->providers[ap.provider];
  CHECK(names(p, ap.required) == Names{"offline_access", "invoices", "payments"});
  CHECK_FALSE(ap.operations[0].derived);  // getInvoices: invoices allows it
  CHECK(ap.needed_by_operations.at(*p.find("invoices")) == Names{"getInvoices", "updateInvoice"});
  CHECK(names(p, ap.by_scheme->broad) == Names{"offline_access", "transactions"});
}

TEST_CASE("what the profile requests already allows a call: nothing is added") {
  diag::Diagnostics d;
  const auto m = build_with(
      "    scheme: granular\n    scopes: [{name: invoices, purpose: p}]\n"
      "    operations: [getInvoices, getReceipts]\n",
      d);
  REQUIRE_MESSAGE(m, diag::format_all(d));
  const auto& ap = m->app->providers.front();
  const auto& p = m->providers[ap.provider];
  CHECK(names(p, ap.required) == Names{"offline_access", "invoices"});
  CHECK_FALSE(ap.operations[0].derived);
  CHECK_FALSE(ap.operations[1].derived);  // unmapped under granular: said (W801), not guessed
  CHECK(diag::format_all(d).find("W801") != std::string::npos);
}

TEST_CASE("least_privileged prefers read-only, then what implies least") {
  diag::Diagnostics d;
  const auto m = build_with("    scheme: granular\n", d);
  REQUIRE_MESSAGE(m, diag::format_all(d));
  const auto& p = m->providers.front();
  const auto& get = p.operations[p.operation_index.at("getInvoices")];
  CHECK(p.entries[model::least_privileged(p, get.needs[0])].name == "transactions.read");
  CHECK(p.entries[model::least_privileged(p, get.needs[1])].name == "invoices.read");
  // Keys: the id, or api.id where two apis share it.
  CHECK(p.operation_index.count("payroll_uk.getEmployees") == 1);
  CHECK(p.operation_index.count("getEmployees") == 0);
}

#include <doctest/doctest.h>

#include "support.hpp"

using namespace scopegen;

namespace {
std::vector<std::string> names(const model::Provider& p, const std::vector<model::Index>& v) {
  std::vector<std::string> out;
  for (auto i : v) out.push_back(p.entries[i].name);
  return out;
}
}  // namespace

TEST_CASE("references resolve to indices in catalogue order") {
  diag::Diagnostics d;
  const auto m = test::model_of({{"c.yaml", test::kCatalogue}}, d);
  REQUIRE(m);
  const model::Provider& p = m->providers.at(0);
  CHECK(names(p, p.always_required) == std::vector<std::string>{"offline_access"});
  CHECK(names(p, p.entries[3].replaced_by) == std::vector<std::string>{"ledger"});
  CHECK(p.schemes == std::vector<std::string>{"broad", "granular"});
  CHECK(names(p, p.use_cases[0].lists[1].entries) ==
        std::vector<std::string>{"ledger.read", "ledger"});
  CHECK_FALSE(p.use_cases[1].lists[1].known);
  CHECK(p.status_name(p.entries[3]) == "broad");
  CHECK(p.entries[3].role == model::Role::retiring);
  CHECK(p.entries[1].role == model::Role::stable);
}

TEST_CASE("implication closure terminates on cycles and excludes the entry itself") {
  diag::Diagnostics d;
  const auto m = test::model_of({{"p.yaml", test::kPermissions}}, d);
  REQUIRE(m);
  const model::Provider& p = m->providers.at(0);
  CHECK(p.has_resources);
  CHECK(p.noun.plural == "permissions");
  const auto invoice_read = *p.find("invoice_read");
  const auto credit = *p.find("credit_note_read");
  CHECK(names(p, p.entries[invoice_read].implied_closure) ==
        std::vector<std::string>{"credit_note_read"});
  CHECK(names(p, p.entries[credit].implied_closure) == std::vector<std::string>{"invoice_read"});
  CHECK(p.entries[*p.find("webhook_read")].sensitive);
  CHECK(p.entries[invoice_read].read_only);
  CHECK_FALSE(p.entries[*p.find("invoice_write")].read_only);
}

TEST_CASE("an extension adds to a provider; file order does not matter") {
  const char* ext = R"(scopegen: 1
kind: catalogue
extends: demo
scopes:
  - {name: extra, description: Added by the user, read_only: true, status: granular}
)";
  diag::Diagnostics d1;
  diag::Diagnostics d2;
  const auto a = test::model_of({{"a_ext.yaml", ext}, {"b_cat.yaml", test::kCatalogue}}, d1);
  const auto b = test::model_of({{"b_cat.yaml", test::kCatalogue}, {"a_ext.yaml", ext}}, d2);
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->providers[0].entries.back().name == "extra");
  CHECK(names(a->providers[0], {0, 1, 2, 3, 4}) == names(b->providers[0], {0, 1, 2, 3, 4}));
  CHECK(a->providers[0].files == std::vector<std::string>{"a_ext.yaml", "b_cat.yaml"});
}

TEST_CASE("semantic errors: duplicates, unknown names with suggestions, unknown providers") {
  diag::Diagnostics d;
  (void)test::model_of({{"c.yaml", test::kCatalogue},
                        {"x.yaml", R"(scopegen: 1
kind: catalogue
extends: demo
scopes:
  - {name: ledger, description: again, read_only: true, status: granular}
use_cases:
  - {id: more, label: {en: More}, scopes: {broad: [], granular: [leger]}}
)"},
                        {"y.yaml", "scopegen: 1\nkind: catalogue\nextends: dmeo\n"}},
                       d);
  const std::string s = test::text(d);
  CHECK(s.find("x.yaml:5:12: error: scope 'ledger' is defined twice [E301]\nc.yaml:8:12: note: "
               "first defined here") != std::string::npos);
  CHECK(s.find("use case 'more' names unknown scope 'leger' (did you mean 'ledger'?) [E302]") !=
        std::string::npos);
  CHECK(
      s.find("y.yaml:3:10: error: extends unknown provider 'dmeo' (did you mean 'demo'?) [E304]") !=
      std::string::npos);
}

TEST_CASE("the app profile resolves its use cases, requests and events") {
  diag::Diagnostics d;
  const auto m = test::model_of(
      {{"c.yaml", test::kCatalogue}, {"p.yaml", test::kPermissions}, {"app.yaml", R"(scopegen: 1
kind: app
app: {id: a, name: A, created: "2026-05-01"}
providers:
  pay:
    permissions: [{name: invoice_read, purpose: Read invoices}]
    events: [invoice.paid]
  demo:
    use_cases: [books]
)"}},
      d);
  REQUIRE(m);
  REQUIRE(m->app);
  REQUIRE(m->app->providers.size() == 2);
  const auto& demo = m->app->providers[0];
  const auto& pay = m->app->providers[1];
  CHECK(names(m->providers[demo.provider], demo.required) ==
        std::vector<std::string>{"offline_access", "ledger.read", "ledger"});
  CHECK(names(m->providers[pay.provider], pay.required) ==
        std::vector<std::string>{"invoice_read", "event_read"});
}

TEST_CASE("an app cannot use a use case whose list is unknown, nor miss an event's permission") {
  diag::Diagnostics d;
  (void)test::model_of(
      {{"c.yaml", test::kCatalogue}, {"p.yaml", test::kPermissions}, {"app.yaml", R"(scopegen: 1
kind: app
app: {id: a, name: A, created: "2026-05-01"}
providers:
  demo: {use_cases: [dash]}
  pay:
    permissions: [{name: webhook_read, purpose: Hooks}]
    events: [invoice.paid]
)"}},
      d);
  const std::string s = test::text(d);
  CHECK(s.find("use case 'dash' has no known granular scope list") != std::string::npos);
  CHECK(s.find("event 'invoice.paid' needs one of: invoice_read, credit_note_read") !=
        std::string::npos);
  CHECK(s.find("'webhook_read' is a sensitive permission") != std::string::npos);
}

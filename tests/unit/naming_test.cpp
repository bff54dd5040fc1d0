#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include "naming/rules.hpp"
#include "support.hpp"
#include "targets/collisions.hpp"
#include "targets/cpp/naming.hpp"
#include "targets/python/naming.hpp"
#include "targets/ts/exports.hpp"
#include "targets/ts/naming.hpp"

using namespace scopegen;
using naming::identifier;

TEST_CASE("identifiers per target, with reserved words escaped and digits prefixed") {
  CHECK(identifier("accounting.invoices", view::kCppNaming.entry) == "accounting_invoices");
  CHECK(identifier("accounting.invoices", view::kTsNaming.entry) == "AccountingInvoices");
  CHECK(identifier("lending_loan_qualification", view::kTsNaming.use_case) ==
        "lendingLoanQualification");
  CHECK(identifier("delete", view::kCppNaming.entry) == "delete_");
  // Predefined macros in GNU modes: `namespace linux` is `namespace 1` under -std=gnu++17.
  CHECK(identifier("linux", view::kCppNaming.provider) == "linux_");
  CHECK(identifier("unix", view::kCppNaming.entry) == "unix_");
  CHECK(identifier("i386", view::kCppNaming.use_case) == "i386_");
  CHECK(identifier("linux", view::kTsNaming.provider) == "Linux");
  CHECK(identifier("class", view::kCppNaming.provider) == "class_");
  CHECK(identifier("default", view::kTsNaming.use_case) == "default_");
  CHECK(identifier("2fa.read", view::kCppNaming.entry) == "_2fa_read");
  CHECK(identifier("2fa.read", view::kTsNaming.entry) == "_2faRead");
  CHECK(identifier("accounting.invoices", view::kPythonNaming.entry) == "ACCOUNTING_INVOICES");
  CHECK(identifier("class", view::kPythonNaming.provider) == "class_");
  CHECK(identifier("match", view::kPythonNaming.provider) == "match_");
  CHECK(view::python_module("class") == "class_");
  // Operation keys keep their case, so the enumerator reads like the SDK method.
  CHECK(identifier("payroll_uk.getEmployees", view::kCppOperationRules) ==
        "payroll_uk_getEmployees");
  CHECK(identifier("checkout.sessions.create", view::kCppOperationRules) ==
        "checkout_sessions_create");
  CHECK(identifier("delete", view::kCppOperationRules) == "delete_");
}

TEST_CASE("identifiers of odd names: separators in runs, at the ends, mixed case, no words") {
  CHECK(identifier("..a..b..", view::kCppNaming.entry) == "a_b");
  CHECK(identifier("..a..b..", view::kTsNaming.entry) == "AB");
  CHECK(identifier("..a..b..", view::kTsNaming.use_case) == "aB");
  CHECK(identifier("GetEmployees.LIST", view::kCppNaming.entry) == "getemployees_list");
  CHECK(identifier("GetEmployees.LIST", view::kTsNaming.entry) == "GetemployeesList");
  CHECK(identifier("GetEmployees.LIST", view::kPythonNaming.entry) == "GETEMPLOYEES_LIST");
  CHECK(identifier("GetEmployees.LIST", view::kCppOperationRules) == "GetEmployees_LIST");
  CHECK(identifier("...", view::kCppNaming.entry) == "_");
  CHECK(identifier("", view::kTsNaming.entry) == "_");
  CHECK(identifier("caf\xC3\xA9.read", view::kCppNaming.entry) == "caf_read");
  CHECK(identifier("-2fa", view::kTsNaming.use_case) == "_2fa");
  CHECK(identifier("Delete", view::kCppNaming.entry) == "delete_");
}

TEST_CASE("names that meet after case conversion are reported at both positions") {
  diag::Diagnostics d;
  const auto m = test::model_of({{"c.yaml", R"(scopegen: 1
kind: catalogue
provider: {id: demo, name: Demo}
scopes:
  - {name: accounting.invoices, description: a, read_only: false}
  - {name: accounting_invoices, description: b, read_only: false}
)"}},
                                d);
  REQUIRE(m);
  view::check_collisions(*m, d);
  const std::string s = test::text(d);
  CHECK(s.find("c.yaml:6:12: error: scope 'accounting_invoices' and 'accounting.invoices' both "
               "become the C++ "
               "identifier 'accounting_invoices'; rename one [E401]\nc.yaml:5:12: note: "
               "'accounting.invoices' is here") != std::string::npos);
  CHECK(s.find("TypeScript identifier 'AccountingInvoices'") != std::string::npos);
}

TEST_CASE("operation keys that meet as C++ enumerators are reported at both rows") {
  diag::Diagnostics d;
  const auto m = test::model_of({{"c.yaml", R"(scopegen: 1
kind: catalogue
provider: {id: demo, name: Demo}
scopes:
  - {name: ledger, description: a, read_only: false}
)"},
                                 {"demo.operations.yaml", R"(scopegen: 1
kind: operations
provider: demo
operations:
  - {id: list-all, api: a, method: GET, path: /a, scopes: [ledger]}
  - {id: list_all, api: b, method: GET, path: /b, scopes: [ledger]}
)"}},
                                d);
  REQUIRE(m);
  view::check_collisions(*m, d);
  CHECK(test::text(d).find("error: operation 'list_all' and 'list-all' both become the C++ "
                           "identifier 'list_all'; rename one [E401]") != std::string::npos);
}

TEST_CASE("names the TypeScript barrel exports twice are reported at the provider") {
  const auto catalogue = [](const std::string& id) {
    return "scopegen: 1\nkind: catalogue\nprovider: {id: " + id +
           ", name: X}\nscopes:\n  - {name: a, description: a, read_only: true}\n";
  };
  diag::Diagnostics d;
  const auto m = test::model_of({{"x.yaml", catalogue("xero")},
                                 {"s.yaml", catalogue("xero_scope")},
                                 {"l.yaml", catalogue("label")}},
                                d);
  REQUIRE(m);
  view::check_collisions(*m, d);
  CHECK(test::text(d) ==
        "l.yaml:3:16: error: the namespace of provider 'label' is exported from index.ts as "
        "'Label', a "
        "name index.ts already exports from core.ts; rename the provider [E401]\n"
        "ts/index.ts: note: 'Label' from core.ts is here\n"
        "s.yaml:3:16: error: the namespace of provider 'xero_scope' and the enum of provider "
        "'xero' are "
        "both exported from index.ts as 'XeroScope'; rename one of the providers [E401]\n"
        "x.yaml:3:16: note: 'XeroScope' is the enum of provider 'xero' here\n");
}

TEST_CASE("the names kTsCoreExports lists are the ones index.ts re-exports from core.ts") {
  std::ifstream in(std::string(SCOPEGEN_SOURCE_DIR) + "/templates/ts/index.ts.mustache");
  std::string reexports;
  for (std::string line; std::getline(in, line);) {
    if (line.find("from \"./core.js\"") != std::string::npos) reexports += line;
  }
  std::size_t named = 0;
  for (std::string_view name : view::kTsCoreExports) {
    for (const char* sep : {" ", ","})
      named += reexports.find(" " + std::string(name) + sep) != std::string::npos;
  }
  CHECK(named == view::kTsCoreExports.size());
  CHECK(std::count(reexports.begin(), reexports.end(), ',') + 2 == static_cast<long>(named));
}

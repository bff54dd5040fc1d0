#include <doctest/doctest.h>

#include "naming/collisions.hpp"
#include "naming/rules.hpp"
#include "support.hpp"

using namespace scopegen;
using naming::identifier;

TEST_CASE("identifiers per target, with reserved words escaped and digits prefixed") {
  CHECK(identifier("accounting.invoices", naming::kCpp.entry) == "accounting_invoices");
  CHECK(identifier("accounting.invoices", naming::kTypeScript.entry) == "AccountingInvoices");
  CHECK(identifier("lending_loan_qualification", naming::kTypeScript.use_case) == "lendingLoanQualification");
  CHECK(identifier("delete", naming::kCpp.entry) == "delete_");
  // Predefined macros in GNU modes: `namespace linux` is `namespace 1` under -std=gnu++17.
  CHECK(identifier("linux", naming::kCpp.provider) == "linux_");
  CHECK(identifier("unix", naming::kCpp.entry) == "unix_");
  CHECK(identifier("i386", naming::kCpp.use_case) == "i386_");
  CHECK(identifier("linux", naming::kTypeScript.provider) == "Linux");
  CHECK(identifier("class", naming::kCpp.provider) == "class_");
  CHECK(identifier("default", naming::kTypeScript.use_case) == "default_");
  CHECK(identifier("2fa.read", naming::kCpp.entry) == "_2fa_read");
  CHECK(identifier("2fa.read", naming::kTypeScript.entry) == "_2faRead");
}

TEST_CASE("names that meet after case conversion are reported at both positions") {
  diag::Diagnostics d;
  const auto m = test::model_of({{"c.yaml", R"(scopegen: 1
kind: catalogue
provider: {id: demo, name: Demo}
scopes:
  - {name: accounting.invoices, description: a, read_only: false, status: granular}
  - {name: accounting_invoices, description: b, read_only: false, status: granular}
)"}},
                                d);
  REQUIRE(m);
  naming::check_collisions(*m, d);
  const std::string s = test::text(d);
  CHECK(s.find("c.yaml:6:12: error: scope 'accounting_invoices' and 'accounting.invoices' both become the C++ "
               "identifier 'accounting_invoices'; rename one [E401]\nc.yaml:5:12: note: 'accounting.invoices' is here") !=
        std::string::npos);
  CHECK(s.find("TypeScript identifier 'AccountingInvoices'") != std::string::npos);
}

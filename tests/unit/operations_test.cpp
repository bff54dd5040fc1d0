// The operation tables (data/*.operations.yaml, written by `scopegen import`) and the import's
// readers. Spot checks from Xero-OpenAPI 16.1.0, Xero's scopes page (2026) and stripe-node
// (../shared/reference/); the ctest `operations_are_current` keeps data/ equal to the import.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <functional>

#include "check/decode.hpp"
#include "import/object_permissions.hpp"
#include "import/permission_bridge.hpp"
#include "import/scopes_page.hpp"
#include "import/security_bridge.hpp"
#include "load/inputs.hpp"
#include "model/build.hpp"
#include "model/operations.hpp"
#include "review/explain.hpp"

using namespace scopegen;
using Names = std::vector<std::string>;

namespace {

const model::Model& data_model() {
  static const model::Model loaded = [] {
    diag::Diagnostics d;
    const auto docs = load::read_inputs({std::string(SCOPEGEN_SOURCE_DIR) + "/data"}, d);
    const check::Tables tables = check::decode(docs, d);
    auto built = model::build(tables, d);
    REQUIRE_MESSAGE(built.has_value(), diag::format_all(d));
    REQUIRE_MESSAGE(!d.has_errors(), diag::format_all(d));
    return std::move(*built);
  }();
  return loaded;
}

const model::Provider& provider(const std::string& id) {
  const model::Provider* p = data_model().provider(id);
  REQUIRE(p);
  return *p;
}

const model::Operation& op(const std::string& p, const std::string& api, const std::string& id) {
  for (const auto& o : provider(p).operations) {
    if (o.id == id && o.api == api) return o;
  }
  FAIL("no operation " << p << " " << api << " " << id);
  throw 0;
}

// An operation's need under a scheme, with the status as the table writes it.
struct Need {
  const model::OperationNeed& n;
  std::string status;
  const std::vector<model::Index>& any_of;
  const std::string& reason;
};

Need need(const model::Operation& o, const std::string& scheme) {
  for (const model::Provider& p : data_model().providers) {
    const std::less<const model::Operation*> before;
    if (p.operations.empty() || before(&o, &p.operations.front()) ||
        before(&p.operations.back(), &o))
      continue;
    for (model::Index s = 0; s < o.needs.size(); ++s) {
      if (model::need_key(p, s) == scheme) {
        const auto& n = o.needs[s];
        return Need{n, std::string(model::to_string(n.status)), n.any_of, n.reason};
      }
    }
  }
  FAIL("operation " << o.id << " has no " << scheme << " need");
  throw 0;
}

Names names(const std::string& p, const Need& n) {
  Names out;
  for (auto i : n.any_of) out.push_back(provider(p).entries[i].name);
  return out;
}

}  // namespace

TEST_CASE("Xero operations: broad from the spec's security, granular through the scopes page") {
  const auto& invoices = op("xero", "accounting", "getInvoices");
  CHECK(invoices.method == "GET");
  CHECK(invoices.path == "/Invoices");
  CHECK(names("xero", need(invoices, "broad")) ==
        Names{"accounting.transactions", "accounting.transactions.read"});
  CHECK(names("xero", need(invoices, "granular")) ==
        Names{"accounting.invoices", "accounting.invoices.read"});
  CHECK(names("xero", need(op("xero", "accounting", "createPayment"), "granular")) ==
        Names{"accounting.payments"});
  CHECK(names("xero", need(op("xero", "accounting", "getReportBalanceSheet"), "granular")) ==
        Names{"accounting.reports.balancesheet.read"});
  CHECK(names("xero", need(op("xero", "accounting", "getBankTransactions"), "granular")) ==
        Names{"accounting.banktransactions", "accounting.banktransactions.read"});
  // A scope that is not changing is kept; `.read` replacements only for GET.
  CHECK(names("xero", need(op("xero", "accounting", "getAccounts"), "granular")) ==
        Names{"accounting.settings", "accounting.settings.read"});
  CHECK(names("xero", need(op("xero", "accounting", "updateInvoice"), "granular")) ==
        Names{"accounting.invoices"});
  // The page lists ExpenseClaims under accounting.transactions and under none of its four
  // replacements: unmapped, with that reason, not guessed.
  const auto& claims = need(op("xero", "accounting", "getExpenseClaims"), "granular");
  CHECK(claims.status == "unmapped");
  CHECK(claims.reason.find("lists ExpenseClaims") != std::string::npos);
  CHECK(need(op("xero", "identity", "getConnections"), "granular").status == "no_permission");
}

TEST_CASE(
    "Xero: every one of the 235 accounting operations is mapped under both schemes, or "
    "listed with a reason") {
  int accounting = 0, mapped_both = 0, unmapped_granular = 0;
  for (const auto& o : provider("xero").operations) {
    if (o.api != "accounting") continue;
    ++accounting;
    REQUIRE(o.needs.size() == 2);
    for (const auto& n : o.needs) {
      CHECK_MESSAGE((n.status == model::NeedStatus::mapped) == !n.any_of.empty(), o.id);
      CHECK_MESSAGE((n.status == model::NeedStatus::mapped) == n.reason.empty(), o.id);
    }
    CHECK(need(o, "broad").status == "mapped");
    if (need(o, "granular").status == "mapped") ++mapped_both;
    if (need(o, "granular").status == "unmapped") ++unmapped_granular;
  }
  CHECK(accounting == 235);
  CHECK(mapped_both == 221);
  CHECK(unmapped_granular == 14);  // ExpenseClaims (6), Receipts (6), Reports list and by id
}

TEST_CASE("Stripe operations: the object's permission, read for GET, write for changes") {
  CHECK(names("stripe", need(op("stripe", "v1", "customers.list"), "permissions")) ==
        Names{"customer_read"});
  CHECK(names("stripe", need(op("stripe", "v1", "checkout.sessions.create"), "permissions")) ==
        Names{"checkout_session_write"});
  // By the resource label when the permission is named otherwise (Prices -> plan_*).
  CHECK(names("stripe", need(op("stripe", "v1", "prices.create"), "permissions")) ==
        Names{"plan_write"});
  CHECK(need(op("stripe", "v1", "webhookEndpoints.create"), "permissions").status ==
        "not_available");
  // The bridge's further rules on the shipped table (tests/unit/stripe_bridge_test.cpp has each
  // rule on its own): a nested object's API link, a read-only row, the event table.
  CHECK(names("stripe", need(op("stripe", "v1", "accounts.createLoginLink"), "permissions")) ==
        Names{"edit_link_write"});
  CHECK(need(op("stripe", "v1", "accounts.update"), "permissions").status == "not_available");
  CHECK(names("stripe", need(op("stripe", "v1", "tax.transactions.createReversal"),
                             "permissions")) == Names{"tax_calculations_and_transactions_write"});
  CHECK(names("stripe", need(op("stripe", "v1", "radar.earlyFraudWarnings.list"), "permissions")) ==
        Names{"charge_read"});
  CHECK(need(op("stripe", "v1", "subscriptionItems.list"), "permissions").status == "unmapped");
  const auto& climate = need(op("stripe", "v1", "climate.orders.list"), "permissions");
  CHECK(climate.status == "unmapped");
  CHECK(climate.reason.find("climate_order_read") != std::string::npos);
}

TEST_CASE("OpenAPI resources read by the extension names the catalogue declares") {
  diag::Diagnostics d;
  const auto spec = importer::read_openapi_resources(
      std::string(SCOPEGEN_SOURCE_DIR) + "/tests/import/stripe_spec_fixture.json",
      {"x-resourceId", "x-stripeOperations"}, d);
  REQUIRE(spec);
  Names ids;
  for (const auto& o : spec->operations) ids.push_back(o.id + " " + o.method + " " + o.object);
  CHECK(ids == Names{"checkout.sessions.create POST checkout.session",
                     "checkout.sessions.expire POST checkout.session",
                     "climate.orders.list GET climate.order", "customers.create POST customer",
                     "customers.list GET customer", "customers.retrieve GET customer",
                     "prices.update POST price"});
  const importer::PermissionCatalogue perms{
      {{"customer_read", "Customers", "", "Core", "Grants access to Customers", {}},
       {"checkout_session_write", "Checkout Sessions", "", "Checkout", "", {}},
       {"plan_write", "Prices", "", "Billing", "", {}}},
      {}};
  const auto need_of = [&](const std::string& id) {
    const auto it = std::find_if(spec->operations.begin(), spec->operations.end(),
                                 [&](const auto& o) { return o.id == id; });
    REQUIRE(it != spec->operations.end());
    return importer::permission_need(*it, perms);
  };
  CHECK(need_of("customers.list").any_of == Names{"customer_read"});
  CHECK(need_of("checkout.sessions.expire").any_of == Names{"checkout_session_write"});
  CHECK(need_of("prices.update").any_of == Names{"plan_write"});
  // This catalogue's Customers row has no write permission: Stripe Apps could not create one.
  CHECK(need_of("customers.create").status == "not_available");
  CHECK(need_of("customers.create").reason.find("has only customer_read") != std::string::npos);
  CHECK(need_of("customers.list").why.find("x-resourceId customer") != std::string::npos);

  // What an app cannot hold is the catalogue's word (a permission's `unavailable:`), reason and
  // all.
  const importer::PermissionCatalogue refused{
      {{"customer_read", "Customers", "the provider refuses it (a test's reason)", "Core", "", {}}},
      {}};
  const auto list = std::find_if(spec->operations.begin(), spec->operations.end(),
                                 [](const auto& o) { return o.id == "customers.list"; });
  const auto closed = importer::permission_need(*list, refused);
  CHECK(closed.status == "not_available");
  CHECK(closed.any_of.empty());
  CHECK(closed.reason ==
        "customer_read would be needed, but the provider refuses it (a test's reason)");

  // The extension names are the catalogue's: other names find nothing in this document.
  diag::Diagnostics d2;
  const auto other = importer::read_openapi_resources(
      std::string(SCOPEGEN_SOURCE_DIR) + "/tests/import/stripe_spec_fixture.json",
      {"x-resource", "x-operations"}, d2);
  REQUIRE(other);
  CHECK(other->operations.empty());
  CHECK_FALSE(d2.has_errors());

  // The SDK table's objects come from the spec where method and path agree, whatever the
  // path parameters are called.
  importer::ApiOperations sdk;
  sdk.operations.push_back(
      {"customers.retrieve", "customer", false, "GET", "/v1/customers/{id}", ""});
  sdk.operations.push_back({"billing.meterEvents.create",
                            importer::object_of_sdk_path("billing.meterEvents"), false, "POST",
                            "/v1/billing/meter_events", ""});
  importer::take_objects_from(sdk, *spec);
  CHECK(sdk.operations[0].object_from_spec);
  CHECK_FALSE(sdk.operations[1].object_from_spec);
  CHECK(sdk.operations[1].object == "billing.meter_event");
}

TEST_CASE("The scopes page bridge on a small page") {
  const std::string path = "operations_test_page.txt";
  {
    std::ofstream page(path);
    page << "Deprecated scopes\tNew granular scopes\n"
            "a.transactions\ta.invoices a.payments\n"
            "a.transactions.read\ta.invoices.read a.payments.read\n\n"
            "Scope\tStatus\tDescription\tResources\n"
            "a.transactions\tDeprecated\tall\tInvoices, Payments, Receipts\n"
            "a.transactions.read\tDeprecated\tall\tAs above but GET only\n"
            "a.invoices\tNew\tinvoices\tInvoices\n"
            "a.invoices.read\tNew\tinvoices\tAs above but GET only\n"
            "a.payments\tNew\tpayments\tPayments\n"
            "a.payments.read\tNew\tpayments\tAs above but GET only\n";
  }
  diag::Diagnostics d;
  const auto page = importer::read_scopes_page(path, d);
  REQUIRE(page);
  const auto bridge = [&](const char* method, const char* p) {
    importer::SpecOperation o{"x",   "api", method, p, {"a.transactions", "a.transactions.read"},
                              false, "f"};
    return importer::granular_need(o, *page);
  };
  CHECK(bridge("GET", "/Invoices/{id}/History").any_of == Names{"a.invoices", "a.invoices.read"});
  CHECK(bridge("POST", "/Payments").any_of == Names{"a.payments"});
  CHECK(bridge("GET", "/Receipts").status == "unmapped");
  std::remove(path.c_str());
}

TEST_CASE("explain: an operation by id, api.id or METHOD /path, and what a granted set lacks") {
  const model::Provider& xero = provider("xero");
  const auto ids = [&](const std::string& query) {
    Names out;
    for (const auto i : model::find_operations(xero, query))
      out.push_back(xero.operations[i].api + "." + xero.operations[i].id);
    return out;
  };
  CHECK(ids("getInvoices") == Names{"accounting.getInvoices"});
  CHECK(ids("payroll_uk.getEmployees") == Names{"payroll_uk.getEmployees"});
  CHECK(ids("getEmployees").size() == 3);  // AU, NZ and UK share the id
  CHECK(ids("GET /Invoices/{InvoiceID}") == Names{"accounting.getInvoice"});
  // A concrete path: literal segments ignore case and beat parameters.
  CHECK(ids("get /reports/balancesheet") == Names{"accounting.getReportBalanceSheet"});
  CHECK(ids("GET /Invoices/243f-11/History") == Names{"accounting.getInvoiceHistory"});
  CHECK(ids("GET /Nothing").empty());
  // Keys: the id, or api.id where apis share it.
  CHECK(xero.operations[model::find_operations(xero, "getInvoices").front()].key == "getInvoices");
  CHECK(xero.operations[model::find_operations(xero, "payroll_uk.getEmployees").front()].key ==
        "payroll_uk.getEmployees");

  const auto found = model::find_operations(xero, "getReportBalanceSheet");
  const auto broad_only = review::explain(xero, found, "openid accounting.reports.read");
  CHECK_FALSE(broad_only.missing);
  CHECK(broad_only.text.find("missing: one of accounting.reports.balancesheet.read") !=
        std::string::npos);
  CHECK(review::explain(xero, found, "accounting.reports.aged.read").missing);
  CHECK_FALSE(review::explain(xero, found, std::nullopt).missing);
}

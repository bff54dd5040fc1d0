// The Stripe permission bridge (generator/import/permission_bridge.cpp), rule by rule, on a
// catalogue of rows copied from the permissions table (seed 004) and the event table, so each
// rule is seen to map what its source says and nothing more.
#include <doctest/doctest.h>

#include "import/object_permissions.hpp"
#include "import/permission_bridge.hpp"

using namespace scopegen;
using Names = std::vector<std::string>;
using scopegen::importer::Need;

namespace {

importer::CataloguePermission row(const char* name, const char* product, const char* resource,
                                  const char* description, std::vector<importer::DocLink> links,
                                  const char* unavailable = "") {
  return {name, resource, unavailable, product, description, std::move(links)};
}

const importer::PermissionCatalogue& catalogue() {
  static const importer::PermissionCatalogue c{
      {
          row("customer_read", "Core", "Customers", "Grants access to Customers",
              {{"Customers", "https://docs.stripe.com/api/customers"}}),
          row("customer_write", "Core", "Customers", "Grants access to Customers",
              {{"Customers", "https://docs.stripe.com/api/customers"}}),
          row("usage_record_read", "Billing", "Usage Records", "Grants access to Usage Records",
              {{"Usage Records", "https://docs.stripe.com/api/subscription_items"}}),
          row("billing_meter_event_write", "Billing", "Meter Events",
              "Grants access to Billing Meter Events",
              {{"Billing Meter Events", "https://docs.stripe.com/api/billing/meter-event"}}),
          row("entitlement_read", "Billing", "Entitlements",
              "Grants access to Entitlements and Entitlement events",
              {{"Entitlements", "https://docs.stripe.com/billing/entitlements"}}),
          row("edit_link_write", "Connect", "Login Links", "Grants access to Login Links",
              {{"Login Links", "https://docs.stripe.com/api/accounts/login_link"}}),
          row("connected_account_read", "Core", "Accounts", "Grants access to read Accounts",
              {{"Accounts", "https://docs.stripe.com/api/accounts"}}),
          row("balance_transaction_source_read", "Core", "Balance Transaction Source",
              "This permission allows you to expand the `source` attribute when retrieving "
              "Balance Transactions.",
              {{"Balance Transactions", "https://docs.stripe.com/api/balance_transactions"}}),
          row("confirmation_token_read", "Core", "Confirmation Token",
              "Grants access to Confirmation Tokens.", {}),
          row("confirmation_token_client_write", "Core", "Confirmation Token (client)",
              "This permission allows creating and reading Confirmation Tokens from the client "
              "during checkout.",
              {}),
          row("issuing_card_read", "Issuing", "Cards", "Grants access to Cards",
              {{"Cards", "https://docs.stripe.com/api/issuing/cards"}}),
          row("issuing_card_write", "Issuing", "Cards", "Grants access to Cards",
              {{"Cards", "https://docs.stripe.com/api/issuing/cards"}}),
          row("report_runs_and_report_types_read", "Reporting", "Report Runs and Report Types",
              "Grants access to Report Types and allows creation of Report Runs.",
              {{"Report Types", "https://docs.stripe.com/api/reporting/report_type"},
               {"Report Runs", "https://docs.stripe.com/api/reporting/report_run"}}),
          row("secret_read", "Stripe Apps", "Secrets", "Grants access to Secrets.",
              {{"Secrets", "https://docs.stripe.com/api/secret_management"}}),
          row("tax_settings_write", "Tax", "Tax Settings and Registrations",
              "Grants access to Tax Settings and Tax Registrations",
              {{"Tax Registrations", "https://docs.stripe.com/api/tax/registrations"}}),
          row("webhook_read", "Webhook", "Webhook Endpoints and Event Destinations", "",
              {{"Event Destinations", "https://docs.stripe.com/api/v2/core/event-destinations"}}),
          row("webhook_write", "Webhook", "Webhook Endpoints and Event Destinations", "",
              {{"Event Destinations", "https://docs.stripe.com/api/v2/core/event-destinations"}},
              "upload rejects it"),
          row("charge_read", "Core", "Charges and Refunds", "Grants access to Charges", {}),
          row("invoice_read", "Billing", "Invoices", "Grants access to Invoices", {}),
          row("quote_read", "Billing", "Quote", "Grants access to Quotes", {}),
      },
      {
          {"radar.early_fraud_warning.created", {"charge_read"}},
          {"radar.early_fraud_warning.updated", {"charge_read"}},
          {"invoiceitem.created", {"invoice_read", "quote_read"}},
          {"sigma.scheduled_query_run.created", {}},
      }};
  return c;
}

Need need(const std::string& sdk, const char* method, const char* http, const char* path) {
  const importer::ApiOperation op{
      sdk + "." + method, importer::object_of_sdk_path(sdk), false, http, path, ""};
  return importer::permission_need(op, catalogue());
}

bool says(const Need& n, const std::string& text) {
  return (n.reason + n.why).find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("Stripe bridge: by name, and the row of a nested object's own API link") {
  CHECK(need("customers", "list", "GET", "/v1/customers").any_of == Names{"customer_read"});
  // /v1/accounts/{id}/login_links is the Login Links row's link (api/accounts/login_link),
  // deeper than the Accounts one: its permission, not the account's.
  const Need login = need("accounts", "createLoginLink", "POST", "/v1/accounts/{id}/login_links");
  CHECK(login.any_of == Names{"edit_link_write"});
  CHECK(says(login, "by the API link of row 'Login Links'"));
}

TEST_CASE("Stripe bridge: a row with no permission for the access is not available") {
  const Need update = need("accounts", "update", "POST", "/v1/accounts/{id}");
  CHECK(update.status == "not_available");
  CHECK(says(update, "'Accounts' row"));
  CHECK(says(update, "\"Grants access to read Accounts\""));
  CHECK(need("accounts", "list", "GET", "/v1/accounts").any_of == Names{"connected_account_read"});
  // Unless a sibling row covers the object elsewhere: no source says which applies.
  const Need token = need("testHelpers.confirmationTokens", "create", "POST",
                          "/v1/test_helpers/confirmation_tokens");
  CHECK(token.status == "unmapped");
  CHECK(says(token, "'Confirmation Token (client)' row's confirmation_token_client_write"));
  // "allows creation of Report Runs": the creation needs the row's read permission.
  const Need run = need("reporting.reportRuns", "create", "POST", "/v1/reporting/report_runs");
  CHECK(run.any_of == Names{"report_runs_and_report_types_read"});
  CHECK(says(run, "allows creation of Report Runs"));
}

TEST_CASE("Stripe bridge: API links whose text names what they link") {
  CHECK(need("balanceTransactions", "list", "GET", "/v1/balance_transactions").any_of ==
        Names{"balance_transaction_source_read"});
  CHECK(need("tax.registrations", "create", "POST", "/v1/tax/registrations").any_of ==
        Names{"tax_settings_write"});
  CHECK(need("v2.core.eventDestinations", "list", "GET", "/v2/core/event_destinations").any_of ==
        Names{"webhook_read"});
  CHECK(need("v2.core.eventDestinations", "create", "POST", "/v2/core/event_destinations").status ==
        "not_available");
  // "Usage Records" links the Subscription Items page: the text names another object.
  const Need items = need("subscriptionItems", "list", "GET", "/v1/subscription_items");
  CHECK(items.status == "unmapped");
  CHECK(says(items, "under the text 'Usage Records', which names something else"));
  // A v1 link does not map the v2 object.
  const Need v2_accounts = need("v2.core.accounts", "list", "GET", "/v2/core/accounts");
  CHECK(v2_accounts.status == "unmapped");
  CHECK(says(v2_accounts, "'Accounts' row links the v1 API only"));
}

TEST_CASE("Stripe bridge: v2 names, test helpers, product and namespace") {
  const Need meter = need("v2.billing.meterEvents", "create", "POST", "/v2/billing/meter_events");
  CHECK(meter.any_of == Names{"billing_meter_event_write"});
  CHECK(says(meter, "without the v2 namespace"));
  const Need card = need("testHelpers.issuing.cards", "deliverCard", "POST",
                         "/v1/test_helpers/issuing/cards/{id}/shipping/deliver");
  CHECK(card.any_of == Names{"issuing_card_write"});
  CHECK(says(card, "a test helper acting on issuing.card"));
  CHECK(need("apps.secrets", "find", "GET", "/v1/apps/secrets/find").any_of ==
        Names{"secret_read"});
  CHECK(need("entitlements.features", "list", "GET", "/v1/entitlements/features").any_of ==
        Names{"entitlement_read"});
  CHECK(need("entitlements.features", "create", "POST", "/v1/entitlements/features").status ==
        "not_available");
}

TEST_CASE("Stripe bridge: the event table maps reads only, and what stays unmapped") {
  const Need warning =
      need("radar.earlyFraudWarnings", "list", "GET", "/v1/radar/early_fraud_warnings");
  CHECK(warning.any_of == Names{"charge_read"});
  CHECK(says(warning, "by the event table"));
  CHECK(need("invoiceItems", "list", "GET", "/v1/invoiceitems").any_of ==
        Names{"invoice_read", "quote_read"});
  const Need change = need("invoiceItems", "create", "POST", "/v1/invoiceitems");
  CHECK(change.status == "unmapped");
  CHECK(says(change, "no source names the permission a change needs"));
  const Need sigma =
      need("sigma.scheduledQueryRuns", "list", "GET", "/v1/sigma/scheduled_query_runs");
  CHECK(sigma.status == "unmapped");
  CHECK(says(sigma, "names no permission"));
  // No source names climate orders: unmapped, with the names tried.
  const Need climate = need("climate.orders", "list", "GET", "/v1/climate/orders");
  CHECK(climate.status == "unmapped");
  CHECK(says(climate, "tried climate_order_read"));
}

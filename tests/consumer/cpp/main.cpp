// A consumer of the generated C++ API, built as C++17 and C++20 with -Werror: every part of
// the API is used, compile-time facts are static_asserts, run-time ones are checked and
// reported through the exit code.
#include <cstdio>
#include <string>
#include <string_view>
#include <type_traits>

#include "scopegen/app.hpp"
#include "scopegen/stripe.hpp"
#include "scopegen/stripe_operations.hpp"
#include "scopegen/xero.hpp"
#include "scopegen/xero_operations.hpp"

namespace xero = scopegen::xero;
namespace stripe = scopegen::stripe;
using stripe::Permission;
using xero::Scope;

// Enum, names and parse, at compile time.
static_assert(sizeof(Scope) == 1, "small enums stay one byte");
static_assert(xero::kScopeCount == 68);
static_assert(stripe::kPermissionCount == 133);
static_assert(xero::to_string(Scope::accounting_invoices) == "accounting.invoices");
static_assert(xero::parse("accounting.reports.balancesheet.read") ==
              Scope::accounting_reports_balancesheet_read);
static_assert(!xero::parse("accounting.reports.balancesheets.read"),
              "the misspelling is not a scope");
static_assert(!xero::parse("Accounting.Invoices") && !xero::parse("") &&
              !xero::parse("accounting.invoice"));
static_assert(stripe::parse("checkout_session_read") == Permission::checkout_session_read);

// Metadata.
static_assert(xero::read_only(Scope::accounting_journals_read));
static_assert(!xero::read_only(Scope::accounting_transactions));
static_assert(xero::status(Scope::accounting_transactions) == xero::Status::broad);
static_assert(xero::status(Scope::accounting_invoices) == xero::Status::granular);
static_assert(
    xero::restrictions(Scope::accounting_journals_read).contains(xero::Restriction::advanced_tier));
static_assert(xero::restrictions(Scope::accounting_reports_bankstatement_read)
                  .contains(xero::Restriction::signed_addendum));
static_assert(xero::restrictions(Scope::bankfeeds).contains(xero::Restriction::approved_partners));
static_assert(xero::replaced_by(Scope::accounting_transactions) ==
              xero::ScopeSet{Scope::accounting_invoices, Scope::accounting_payments,
                             Scope::accounting_banktransactions, Scope::accounting_manualjournals});
static_assert(xero::replaced_by(Scope::accounting_invoices).empty());
// replaced_by is a sparse table (rows only for broad scopes): its last row, and keys before the
// first row and after the last one.
static_assert(xero::replaced_by(Scope::accounting_reports_read).size() == 8);
static_assert(xero::replaced_by(Scope::accounting_transactions_read)
                  .contains(Scope::accounting_invoices_read));
static_assert(xero::replaced_by(static_cast<Scope>(0)).empty());
static_assert(xero::replaced_by(static_cast<Scope>(xero::kScopeCount - 1)).empty());
static_assert(stripe::sensitive(Permission::webhook_read) &&
              !stripe::sensitive(Permission::customer_read));
static_assert(stripe::implies(Permission::credit_note_read).contains(Permission::invoice_read));
static_assert(stripe::product(Permission::invoice_read) == "Billing");
static_assert(!xero::description(Scope::openid).empty());

// Sets: contains, union, subset, missing, size, iteration order.
constexpr xero::ScopeSet kBase{Scope::offline_access, Scope::accounting_settings};
static_assert(xero::kAlwaysRequired == kBase);
static_assert((kBase | xero::ScopeSet{Scope::openid}).size() == 3);
static_assert((kBase & xero::ScopeSet{Scope::openid}).empty());
static_assert(kBase.is_subset_of(kBase | xero::ScopeSet{Scope::openid}));
static_assert(xero::ScopeSet{Scope::openid}.missing(kBase) == kBase);
static_assert((kBase - kBase).empty() && kBase != xero::ScopeSet{} &&
              !xero::ScopeSet{}.includes(kBase));
static_assert(*kBase.begin() == Scope::offline_access, "iteration follows catalogue order");

// Use cases, with the unknown lists kept distinct from empty ones.
using xero::UseCase;
static_assert(xero::kUseCaseCount == 11);
static_assert(xero::granular_scopes(UseCase::managing_payroll) ==
              xero::ScopeSet{Scope::accounting_manualjournals, Scope::accounting_journals_read});
static_assert(!xero::broad_scopes(UseCase::fx_insights).has_value(),
              "FX Insights has no broad list: unknown, not empty");
static_assert(xero::granular_scopes(UseCase::fx_insights).has_value());
static_assert(!xero::granular_scopes(UseCase::dashboarding) &&
              xero::info(UseCase::dashboarding).read_only_configuration);
static_assert(xero::granular_scopes(UseCase::lending_invoice_finance)
                  ->contains(Scope::accounting_reports_balancesheet_read));
static_assert(xero::parse_use_case("spend_insights") == UseCase::spend_insights);
static_assert(xero::info(UseCase::automating_payables).label_fr ==
              "Automatisation des comptes fournisseurs");
static_assert(xero::kMigration.new_apps_from == "2026-03-02" &&
              xero::kMigration.reconsent_required);
static_assert(xero::kIntegrations[0].platform_key == "gbol" &&
              xero::kIntegrations[0].company_limit == 5);

// Implication closure over a cycle (invoices <-> credit notes) terminates.
static_assert(stripe::with_implied(stripe::PermissionSet{Permission::invoice_read})
                  .includes(stripe::PermissionSet{Permission::invoice_read,
                                                  Permission::credit_note_read}));
static_assert(
    stripe::with_implied(stripe::PermissionSet{Permission::checkout_session_read}).size() == 7);

// The app profile.
static_assert(scopegen::app::xero::kRequired.includes(xero::kAlwaysRequired));
static_assert(scopegen::app::stripe::kRequired.contains(Permission::event_read),
              "events add event_read");

// The migration window: the profile's set under both schemes, and what a broad grant lacks.
namespace app_xero = scopegen::app::xero;
static_assert(app_xero::kScheme == "granular" &&
              app_xero::kRequiredGranular == app_xero::kRequired);
static_assert(app_xero::kRequiredBroad.contains(Scope::accounting_transactions) &&
              !app_xero::kRequiredBroad.contains(Scope::accounting_invoices));
static_assert(app_xero::kReconsent ==
              app_xero::kRequiredBroad.missing(app_xero::kRequiredGranular));
static_assert(app_xero::kReconsent == xero::ScopeSet{Scope::accounting_invoices,
                                                     Scope::accounting_payments,
                                                     Scope::accounting_banktransactions});
// data/app.yaml's sets, pinned: the broad set is what an existing connection may hold.
static_assert(app_xero::kRequiredBroad ==
              xero::ScopeSet{Scope::openid, Scope::profile, Scope::email, Scope::offline_access,
                             Scope::accounting_transactions, Scope::accounting_settings,
                             Scope::accounting_contacts, Scope::accounting_attachments});
static_assert(app_xero::kRequiredBroadString ==
              "openid profile email offline_access accounting.transactions accounting.settings "
              "accounting.contacts accounting.attachments");
static_assert(app_xero::kRequiredGranularString == app_xero::kRequiredString);
// The extra requests carry their purposes, and each is part of the required set.
static_assert(app_xero::kRequests.size() == 4 && app_xero::kRequests[1].name == Scope::openid);
static_assert(app_xero::kRequests[0].name == Scope::accounting_banktransactions &&
              app_xero::kRequests[0].purpose ==
                  "Record Stripe payouts and fees as bank transactions in Xero");
static_assert(scopegen::app::stripe::kRequests[0].name == Permission::customer_read);

// Operations (issue 14's spot checks): enum, keys, parse, the any-of sets per scheme.
using XeroOp = xero::Operation;
using StripeOp = stripe::Operation;
static_assert(xero::kOperationCount == 477 && stripe::kOperationCount == 556);
static_assert(sizeof(XeroOp) == 2 && xero::kOperationSchemeCount == 2);
static_assert(stripe::kOperationSchemeCount == 1);
static_assert(xero::to_string(XeroOp::getInvoices) == "getInvoices");
static_assert(xero::parse_operation("getInvoices") == XeroOp::getInvoices);
static_assert(xero::parse_operation("payroll_uk.getEmployees") == XeroOp::payroll_uk_getEmployees);
static_assert(!xero::parse_operation("getEmployees"), "an id two apis share is not a key");
static_assert(!xero::parse_operation("getinvoices") && !xero::parse_operation(""));
static_assert(xero::info(XeroOp::getInvoices).method == "GET" &&
              xero::info(XeroOp::getInvoices).path == "/Invoices" &&
              xero::info(XeroOp::getInvoices).api == "accounting");
static_assert(xero::info(XeroOp::payroll_uk_getEmployees).id == "getEmployees");
static_assert(xero::required_broad(XeroOp::getInvoices) ==
              xero::ScopeSet{Scope::accounting_transactions, Scope::accounting_transactions_read});
static_assert(xero::required_granular(XeroOp::getInvoices) ==
              xero::ScopeSet{Scope::accounting_invoices, Scope::accounting_invoices_read});
static_assert(xero::need_status_granular(XeroOp::getInvoices) == xero::NeedStatus::mapped);
static_assert(xero::required_granular(XeroOp::createPayment) ==
              xero::ScopeSet{Scope::accounting_payments});
static_assert(xero::required_granular(XeroOp::getReportBalanceSheet) ==
              xero::ScopeSet{Scope::accounting_reports_balancesheet_read});
static_assert(xero::required_granular(XeroOp::getBankTransactions)
                  .contains(Scope::accounting_banktransactions_read));
static_assert(stripe::required(StripeOp::customers_list) ==
              stripe::PermissionSet{Permission::customer_read});
static_assert(stripe::parse_operation("checkout.sessions.create") ==
              StripeOp::checkout_sessions_create);
static_assert(stripe::required(StripeOp::checkout_sessions_create) ==
              stripe::PermissionSet{Permission::checkout_session_write});
static_assert(stripe::need_status(StripeOp::customers_list) == stripe::NeedStatus::mapped);
// can_call and missing_for, at compile time: a granular read grant allows reading invoices,
// not paying; a broad grant allows both; the missing set is the current (granular) scheme's.
constexpr xero::ScopeSet kInvoiceReader{Scope::accounting_invoices_read};
static_assert(xero::can_call(XeroOp::getInvoices, kInvoiceReader));
static_assert(!xero::can_call(XeroOp::createPayment, kInvoiceReader));
static_assert(xero::missing_for(XeroOp::createPayment, kInvoiceReader) ==
              xero::ScopeSet{Scope::accounting_payments});
static_assert(xero::missing_for(XeroOp::getInvoices, kInvoiceReader).empty());
static_assert(xero::can_call(XeroOp::createPayment,
                             xero::ScopeSet{Scope::accounting_transactions}));
static_assert(!stripe::can_call(StripeOp::customers_list, stripe::PermissionSet{}));
// credit_note_read implies invoice_read (the catalogue's implications count).
static_assert(stripe::can_call(StripeOp::invoices_list,
                               stripe::PermissionSet{Permission::credit_note_read}));
static_assert(!stripe::can_call(StripeOp::customers_list,
                                stripe::PermissionSet{Permission::credit_note_read}));

int failures = 0;
void expect(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "FAILED: %s\n", what);
    ++failures;
  }
}

int main() {
  // Every name of every catalogue parses back to its own enumerator.
  for (std::size_t i = 0; i < xero::kScopeCount; ++i) {
    const auto s = static_cast<Scope>(i);
    expect(xero::parse(xero::to_string(s)) == s, "xero name round trip");
  }
  for (std::size_t i = 0; i < stripe::kPermissionCount; ++i) {
    const auto p = static_cast<Permission>(i);
    expect(stripe::parse(stripe::to_string(p)) == p, "stripe name round trip");
  }
  // A name as a run-time string (not a literal) parses too.
  const std::string runtime_name = std::string("accounting.") + "contacts";
  expect(xero::parse(runtime_name) == Scope::accounting_contacts, "run-time string");

  const std::string consent = xero::scope_string(scopegen::app::xero::kRequired);
  expect(consent == scopegen::app::xero::kRequiredString,
         "scope_string matches the generated string");
  expect(xero::scope_string(kBase) == "offline_access accounting.settings", "scope_string order");

  const auto granted = xero::parse_scope_string(
      "  openid accounting.transactions  acounting.contacts offline_access");
  expect(granted.known ==
             xero::ScopeSet{Scope::openid, Scope::accounting_transactions, Scope::offline_access},
         "known scopes of a token");
  expect(granted.unknown.size() == 1 && granted.unknown[0] == "acounting.contacts",
         "unknown names reported");
  expect(granted.known.missing(xero::kAlwaysRequired) == xero::ScopeSet{Scope::accounting_settings},
         "missing required scopes");

  // The result owns its unknown names: parsing a temporary (a token fetched in the same
  // expression) must not leave views into freed memory (the sanitizer run would catch it).
  static_assert(std::is_same_v<decltype(granted.unknown)::value_type, std::string>,
                "unknown names are owned, not views into the parsed string");
  const auto from_temporary =
      xero::parse_scope_string(std::string("openid ") + "a.scope.from.a.temporary.token");
  expect(from_temporary.unknown.size() == 1 &&
             from_temporary.unknown[0] == "a.scope.from.a.temporary.token",
         "unknown names outlive the parsed string");
  const auto checked_temporary = xero::check_consent(
      std::string("offline_access ") + "another.unknown.scope.name", xero::kAlwaysRequired);
  expect(checked_temporary.unknown.size() == 1 &&
             checked_temporary.unknown[0] == "another.unknown.scope.name",
         "check_consent owns its unknown names too");

  // A token granted under the broad scheme, checked against the app's granular requirement.
  const auto broad_token =
      xero::check_consent("offline_access accounting.settings accounting.transactions openid",
                          scopegen::app::xero::kRequired);
  expect(broad_token.reconsent_required, "a broad token must re-consent for granular scopes");
  expect(broad_token.missing.contains(Scope::accounting_invoices) &&
             !broad_token.missing.contains(Scope::openid),
         "missing granular scopes");
  expect(broad_token.unknown.empty(), "no unknown names");
  const auto current =
      xero::check_consent(scopegen::app::xero::kRequiredString, scopegen::app::xero::kRequired);
  expect(!current.reconsent_required && current.missing.empty(), "a current token needs nothing");

  // A connection granted the broad set must consent again, for exactly kReconsent.
  const auto broad_grant = app_xero::reconsent_check(app_xero::kRequiredBroadString);
  expect(broad_grant.reconsent_required && broad_grant.missing == app_xero::kReconsent,
         "a broad grant re-consents for kReconsent");
  expect(!app_xero::reconsent_check(app_xero::kRequiredGranularString).reconsent_required,
         "a granular grant needs nothing");
  for (const auto& request : app_xero::kRequests) {
    expect(app_xero::kRequired.contains(request.name) && !request.purpose.empty(),
           "each request is required and has a purpose");
  }

  std::string order;
  for (Scope s : xero::ScopeSet{Scope::accounting_contacts, Scope::openid})
    order += std::string(xero::to_string(s)) + ";";
  expect(order == "openid;accounting.contacts;", "iteration in catalogue order");
  for (Scope s : xero::all()) expect(xero::all().contains(s), "all() holds every scope");

  // Every operation key parses back to its operation, at run time too.
  for (std::size_t i = 0; i < xero::kOperationCount; ++i) {
    const auto o = static_cast<XeroOp>(i);
    expect(xero::parse_operation(xero::to_string(o)) == o, "xero operation round trip");
  }
  for (std::size_t i = 0; i < stripe::kOperationCount; ++i) {
    const auto o = static_cast<StripeOp>(i);
    expect(stripe::parse_operation(stripe::to_string(o)) == o, "stripe operation round trip");
  }
  // A real token's scope string: can it call, and what is missing.
  const auto token = xero::parse_scope_string(
      "openid offline_access accounting.settings accounting.invoices accounting.contacts.read");
  const auto op = xero::parse_operation(std::string("create") + "Payment");
  expect(op.has_value() && !xero::can_call(*op, token.known), "the token cannot pay");
  expect(op && xero::missing_for(*op, token.known) == xero::ScopeSet{Scope::accounting_payments},
         "the token lacks accounting.payments");
  expect(xero::can_call(XeroOp::getInvoices, token.known), "the token reads invoices");
  expect(xero::missing_for(XeroOp::getReportBalanceSheet, token.known) ==
             xero::ScopeSet{Scope::accounting_reports_balancesheet_read},
         "the balance sheet needs its report scope");
  const auto stripe_grant = stripe::PermissionSet{Permission::checkout_session_write};
  expect(stripe::can_call(StripeOp::checkout_sessions_create, stripe_grant) &&
             !stripe::can_call(StripeOp::customers_list, stripe_grant),
         "stripe grants per permission");
  expect(stripe::missing_for(StripeOp::customers_list, stripe_grant) ==
             stripe::PermissionSet{Permission::customer_read},
         "customers.list lacks customer_read");

  if (failures == 0) std::puts("consumer: all checks passed");
  return failures == 0 ? 0 : 1;
}

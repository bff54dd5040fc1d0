// The facts of data/, pinned: if a table edit changes one, this says which.
// Sources: the seeds (Codat's use-case table, Stripe's permission table),
// ../shared/reference/xero-scopes.md and, for what changed since (December 2026),
// ../shared/reference/data-currency-2026-12.md with Xero's scopes page (xero-scopes-page-2026.txt).
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "check/decode.hpp"
#include "load/inputs.hpp"
#include "model/build.hpp"

using namespace scopegen;
using Names = std::vector<std::string>;

namespace {

const model::Model& data_model() {
  static const model::Model m = [] {
    diag::Diagnostics d;
    const auto docs = load::read_inputs({std::string(SCOPEGEN_SOURCE_DIR) + "/data"}, d);
    auto built = model::build(check::decode(docs, d), d);
    REQUIRE_MESSAGE(built.has_value(), diag::format_all(d));
    return std::move(*built);
  }();
  return m;
}

Names names(const model::Provider& p, const std::vector<model::Index>& v) {
  Names out;
  for (auto i : v) out.push_back(p.entries[i].name);
  return out;
}

// The names of an entry's restrictions, as the catalogue declares them.
Names restriction_names(const model::Provider& p, const model::Entry& e) {
  Names out;
  for (model::Index r : e.restrictions) out.push_back(p.restrictions[r].name);
  return out;
}

const model::Provider& provider(const std::string& id) {
  const model::Provider* p = data_model().provider(id);
  REQUIRE(p != nullptr);
  return *p;
}

}  // namespace

TEST_CASE("Xero: the always-required scopes and the migration dates") {
  const auto& x = provider("xero");
  CHECK(names(x, x.always_required) == Names{"offline_access", "accounting.settings"});
  REQUIRE(x.migration);
  CHECK(x.migration->new_apps_from == "2026-03-02");
  // Xero's scopes page (2026) says March; the FAQ said April: the note keeps both.
  CHECK(x.migration->existing_apps_from == "2026-03");
  CHECK(x.migration->note.find("from April 2026") != std::string::npos);
  CHECK(x.migration->note.find("29 April 2026") != std::string::npos);  // custom connections
  CHECK(x.migration->existing_apps_deadline == "2027-09");
  CHECK(x.migration->reconsent_required);
  // The 65 scopes of Xero's page, plus three that one other source supports (below).
  CHECK(x.entries.size() == 68);
}

TEST_CASE("Xero: the scopes page of 2026, added and removed names") {
  const auto& x = provider("xero");
  const auto scope = [&](const std::string& n) -> const model::Entry& {
    return x.entries.at(*x.find(n));
  };
  for (const char* n :
       {"practicemanager.job", "practicemanager.job.read", "practicemanager.client",
        "practicemanager.client.read", "practicemanager.staff", "practicemanager.staff.read",
        "practicemanager.time", "practicemanager.time.read"}) {
    INFO(n);
    REQUIRE(x.find(n));
    CHECK(x.status_name(scope(n)) == "unchanged");
    // "register as an app partner and complete a security self-assessment questionnaire"
    CHECK(restriction_names(x, scope(n)) == Names{"approved_partners"});
    const std::string_view name(n);
    CHECK(scope(n).read_only == (name.substr(name.size() - 5) == ".read"));
    CHECK(scope(n).source.find("Xero scopes page (2026)") != std::string::npos);
  }
  CHECK(scope("practicemanager.time").description ==
        "View and manage your Practice Manager time data");
  REQUIRE(x.find("einvoicing"));
  CHECK(scope("einvoicing").description == "View and manage registration information");
  CHECK_FALSE(scope("einvoicing").read_only);
  // Only a community table had the write form; Xero's page and Xero-OpenAPI have the .read only.
  CHECK_FALSE(x.find("accounting.budgets"));
  CHECK(x.find("accounting.budgets.read"));
  // Kept, unconfirmed, each with the one source that names it.
  for (const char* n : {"accounting.classicexpenses", "accounting.classicexpenses.read",
                        "accounting.reports.bankstatement.read"}) {
    INFO(n);
    CHECK(scope(n).unconfirmed.find("Not on Xero's scopes page (2026)") != std::string::npos);
  }
  // Non-tenanted: the App Store scope writes usage records, the connections one only reads.
  CHECK(scope("marketplace.billing").description == "View and manage Xero App Store data");
  CHECK_FALSE(scope("marketplace.billing").read_only);
  CHECK(scope("app.connections").description == "View your connection data");
  CHECK(scope("app.connections").read_only);
  CHECK(scope("profile").description == "first name, last name, full name and xero user id");
  // Xero's own wording and resources for the granular scopes: nothing paraphrased is left
  // unconfirmed.
  CHECK(scope("accounting.invoices").description == "View and manage invoices");
  CHECK(scope("accounting.invoices")
            .note.find("Resources: CreditNotes, Invoices, LinkedTransactions, Quotes, "
                       "PurchaseOrders, RepeatingInvoices, "
                       "Items.") == 0);
  CHECK(scope("accounting.reports.taxreports.read").description == "View GST or BAS reports");
  for (const auto& e : x.entries) {
    INFO(e.name);
    if (x.status_name(e) == "granular" && e.name.rfind("accounting.classicexpenses", 0) != 0) {
      CHECK(e.unconfirmed.empty());
      CHECK(e.source.rfind("Xero scopes page (2026)", 0) == 0);
      CHECK(e.note.rfind("Resources: ", 0) == 0);
    }
  }
}

TEST_CASE(
    "Xero: broad scopes name their replacements; restrictions are where the reference puts them") {
  const auto& x = provider("xero");
  const auto scope = [&](const std::string& n) -> const model::Entry& {
    return x.entries.at(*x.find(n));
  };
  CHECK(names(x, scope("accounting.transactions").replaced_by) ==
        Names{"accounting.invoices", "accounting.payments", "accounting.banktransactions",
              "accounting.manualjournals"});
  CHECK(names(x, scope("accounting.reports.read").replaced_by).size() == 8);
  for (const auto& e : x.entries) {
    INFO(e.name);
    CHECK((x.status_name(e) == "broad") == !e.replaced_by.empty());
    CHECK((e.role == model::Role::retiring) == !e.replaced_by.empty());
  }
  CHECK(restriction_names(x, scope("accounting.journals.read")) == Names{"advanced_tier"});
  CHECK(restriction_names(x, scope("accounting.reports.bankstatement.read")) ==
        Names{"signed_addendum"});
  for (const char* n :
       {"bankfeeds", "paymentservices", "finance.statements.read", "finance.cashvalidation.read",
        "finance.bankstatementsplus.read", "finance.accountingactivity.read"}) {
    INFO(n);
    CHECK(restriction_names(x, scope(n)) == Names{"approved_partners"});
  }
}

TEST_CASE("Codat: platform key, redirect URI, company limit") {
  const auto& x = provider("xero");
  REQUIRE(x.integrations.size() == 1);
  CHECK(x.integrations[0].id == "codat");
  CHECK(x.integrations[0].platform_key == "gbol");
  CHECK(x.integrations[0].redirect_uri == "https://xero.codat.io/oauth2/callback");
  // 5 since 2026-06-17 (codat-docs 2448b8578); 25 in the seed's French page: the current value,
  // both noted.
  CHECK(x.integrations[0].company_limit == 5);
  CHECK(x.integrations[0].note.find("2026-06-17") != std::string::npos);
  CHECK(x.integrations[0].note.find("25 entreprises") != std::string::npos);
  CHECK(x.integrations[0].source.find("2448b8578") != std::string::npos);
}

TEST_CASE("Codat: the 11 use cases with their exact broad and granular lists") {
  const auto& x = provider("xero");
  const Names lending_broad{"accounting.reports.read", "accounting.transactions",
                            "accounting.contacts", "accounting.attachments",
                            "accounting.reports.bankstatement.read"};
  struct Row {
    std::string id;
    std::optional<Names> broad;
    std::optional<Names> granular;
  };
  const std::vector<Row> rows{
      {"reconciling_bank_transactions", Names{"bankfeeds"}, Names{"bankfeeds"}},
      {"lending_loan_qualification", lending_broad,
       Names{"accounting.invoices", "accounting.payments", "accounting.banktransactions",
             "accounting.reports.balancesheet.read", "accounting.reports.profitandloss.read",
             "accounting.contacts", "accounting.attachments",
             "accounting.reports.banksummary.read"}},
      {"lending_invoice_finance", lending_broad,
       Names{"accounting.invoices", "accounting.payments", "accounting.banktransactions",
             "accounting.contacts", "accounting.attachments",
             "accounting.reports.balancesheet.read"}},
      {"managing_expenses",
       Names{"accounting.transactions", "accounting.contacts", "accounting.attachments",
             "bankfeeds"},
       Names{"accounting.banktransactions", "accounting.contacts", "accounting.attachments",
             "bankfeeds"}},
      {"dashboarding", std::nullopt, std::nullopt},
      {"automating_payables",
       Names{"accounting.transactions", "accounting.contacts", "accounting.attachments"},
       Names{"accounting.invoices", "accounting.payments", "accounting.banktransactions",
             "accounting.contacts", "accounting.attachments"}},
      {"automating_receivables",
       Names{"accounting.transactions", "accounting.contacts", "accounting.attachments"},
       Names{"accounting.invoices", "accounting.payments", "accounting.contacts",
             "accounting.attachments"}},
      {"integrating_commerce_data",
       Names{"accounting.journals.read", "accounting.transactions", "accounting.contacts"},
       Names{"accounting.invoices", "accounting.payments", "accounting.banktransactions",
             "accounting.journals.read", "accounting.contacts"}},
      {"managing_payroll", Names{"accounting.journals.read", "accounting.transactions"},
       Names{"accounting.manualjournals", "accounting.journals.read"}},
      {"spend_insights",
       Names{"accounting.contacts", "accounting.attachments", "accounting.transactions"},
       Names{"accounting.invoices", "accounting.payments", "accounting.banktransactions",
             "accounting.contacts", "accounting.attachments"}},
      {"fx_insights", std::nullopt,
       Names{"accounting.invoices", "accounting.payments", "accounting.banktransactions",
             "accounting.contacts", "accounting.attachments"}},
  };
  REQUIRE(x.use_cases.size() == rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const model::UseCase& u = x.use_cases[i];
    INFO(rows[i].id);
    CHECK(u.id == rows[i].id);
    REQUIRE(u.lists.size() == 2);  // xero.yaml's schemes: [broad, granular]
    const model::ScopeList& broad = u.lists[0];
    const model::ScopeList& granular = u.lists[1];
    CHECK(broad.known == rows[i].broad.has_value());
    CHECK(granular.known == rows[i].granular.has_value());
    if (rows[i].broad) CHECK(names(x, broad.entries) == *rows[i].broad);
    if (rows[i].granular) CHECK(names(x, granular.entries) == *rows[i].granular);
    CHECK_FALSE(u.label.en.empty());
  }
}

TEST_CASE("Codat: the three explicit cases") {
  const auto& x = provider("xero");
  const model::UseCase& dash = *x.use_case("dashboarding");
  CHECK(dash.read_only_configuration);
  CHECK(dash.lists[1].unknown_reason.find("implementation specialist") != std::string::npos);
  const model::UseCase& fx = *x.use_case("fx_insights");
  CHECK_FALSE(fx.lists[0].known);
  CHECK_FALSE(fx.lists[0].unknown_reason.empty());
  CHECK(fx.label.fr.empty());
  for (const char* id : {"lending_loan_qualification", "lending_invoice_finance"}) {
    const model::UseCase& u = *x.use_case(id);
    const model::ScopeList& granular = u.lists[1];
    REQUIRE(granular.corrections.size() == 1);
    CHECK(granular.corrections[0].name == "accounting.reports.balancesheet.read");
    CHECK(granular.corrections[0].source_spelling == "accounting.reports.balancesheets.read");
  }
  CHECK_FALSE(x.find("accounting.reports.balancesheets.read"));
  CHECK(x.use_case("automating_payables")->label.fr == "Automatisation des comptes fournisseurs");
}

TEST_CASE("Stripe: 133 permissions in 76 resources, sensitive webhooks") {
  const auto& s = provider("stripe");
  CHECK(s.has_resources);
  CHECK(s.noun.singular == "permission");
  // The seed's 132 in 75 resources, and mandate_read (Core/Mandates) from the other sources.
  CHECK(s.entries.size() == 133);
  std::set<std::string> resources;
  for (const auto& e : s.entries) resources.insert(e.product + "/" + e.resource);
  CHECK(resources.size() == 76);
  REQUIRE(s.find("mandate_read"));
  CHECK(s.entries.at(*s.find("mandate_read")).resource == "Mandates");
  CHECK_FALSE(s.find("mandate_write"));  // schema and older table only
  std::vector<std::string> sensitive;
  for (const auto& e : s.entries) {
    if (e.sensitive) sensitive.push_back(e.name);
    INFO(e.name);
    CHECK(e.description.find("{LineBreak}") == std::string::npos);
    CHECK(e.description.find('|') == std::string::npos);
  }
  CHECK(sensitive == Names{"webhook_read", "webhook_write"});
}

TEST_CASE("Stripe: every implication of the seed table") {
  const auto& s = provider("stripe");
  // resource permissions -> what each implies (the seed's "This permission also implies ...")
  const std::map<std::string, Names> implied{
      {"credit_note", {"invoice_read"}},
      {"invoice", {"credit_note_read"}},
      {"quote", {"product_read", "sku_read"}},
      {"checkout_session",
       {"mandate_read", "payment_intent_read", "payment_links_read", "product_read",
        "setup_intent_read", "sku_read"}},
      {"transfer", {"payout_read"}},
      {"balance_transaction_source",
       {"application_fee_read", "balance_read", "capital_for_platforms_financing_transaction_read",
        "payout_read", "transfer_read"}},
      {"customer", {"billing_clock_read"}},
      {"payment_intent", {"product_read", "sku_read"}},
      {"payment_links", {"mandate_read", "product_read", "sku_read"}},
      {"payment_method", {"source_read"}},
      {"setup_intent", {"mandate_read"}},
  };
  std::size_t with_implications = 0;
  for (const auto& e : s.entries) {
    auto sorted = names(s, e.implies);
    std::sort(sorted.begin(), sorted.end());
    const std::string stem = e.name.substr(0, e.name.rfind('_'));
    INFO(e.name);
    if (const auto it = implied.find(stem); it != implied.end()) {
      CHECK(sorted == it->second);
    } else {
      CHECK(sorted.empty());
    }
    if (!sorted.empty()) ++with_implications;
  }
  CHECK(with_implications == 21);
  // Named by the table but not listed in it: recorded, not dropped. ("Mandates (Read)" is now
  // mandate_read, listed from Stripe's other sources.)
  const auto unlisted = [&](const std::string& n) {
    return s.entries.at(*s.find(n)).implies_unlisted;
  };
  CHECK(unlisted("checkout_session_read").empty());
  CHECK(unlisted("setup_intent_write").empty());
  CHECK(unlisted("payment_links_read").empty());
  CHECK(unlisted("balance_transaction_source_read") == Names{"Balance Transfers (Read)"});
  // The closure crosses the invoices <-> credit notes cycle.
  CHECK(names(s, s.entries.at(*s.find("credit_note_write")).implied_closure) ==
        Names{"credit_note_read", "invoice_read"});
}

TEST_CASE("Stripe: event permissions") {
  const auto& s = provider("stripe");
  CHECK(s.events.size() == 162);
  CHECK(names(s, s.events_require) == Names{"event_read"});
  const model::Event* paid = s.event("invoice.paid");
  REQUIRE(paid);
  CHECK(names(s, paid->any_of) == Names{"credit_note_read", "invoice_read", "quote_read"});
  const model::Event* topup = s.event("topup.created");
  REQUIRE(topup);
  CHECK(topup->any_of_unlisted == Names{"funding_instruction_read"});
  const model::Event* mandate = s.event("mandate.updated");
  REQUIRE(mandate);
  CHECK(names(s, mandate->any_of) ==
        Names{"checkout_session_read", "mandate_read", "payment_links_read", "setup_intent_read"});
  CHECK(mandate->any_of_unlisted.empty());
}

TEST_CASE("the default app profile selects granular Codat use cases and a Stripe App") {
  const auto& m = data_model();
  REQUIRE(m.app);
  CHECK(m.app->providers.size() == 2);
  for (const auto& ap : m.app->providers) {
    const auto& p = m.providers[ap.provider];
    if (p.id == "xero") {
      CHECK(p.schemes[ap.scheme] == "granular");
      for (auto i : ap.required) CHECK(p.entries[i].role != model::Role::retiring);
    } else {
      REQUIRE(ap.manifest);
      CHECK(ap.manifest->contains("id"));
      for (const auto& r : ap.requests) CHECK_FALSE(r.purpose.empty());
    }
  }
}

// data/quickbooks.yaml: Intuit's scopes page, Intuit's OAuth libraries and Codat's set-up pages.
// Written for the provider-neutral format (no statuses): it loads once that format lands.
TEST_CASE("QuickBooks Online: 27 scopes, each with its source, none always required") {
  const auto& q = provider("quickbooks");
  CHECK(q.name == "QuickBooks Online");
  CHECK(q.entries.size() == 27);
  CHECK(q.always_required.empty());  // Intuit requires no scope of every app
  CHECK_FALSE(q.migration);
  REQUIRE(q.entries.size() >= 2);
  CHECK(q.entries[0].name == "com.intuit.quickbooks.accounting");
  CHECK(q.entries[1].name == "com.intuit.quickbooks.payment");
  for (const auto& e : q.entries) {
    INFO(e.name);
    CHECK_FALSE(e.source.empty());
    CHECK_FALSE(e.description.empty());
    CHECK(e.restrictions.empty());  // who may request a scope is said in its note
  }
  const auto scope = [&](const std::string& n) -> const model::Entry& {
    REQUIRE(q.find(n));
    return q.entries.at(*q.find(n));
  };
  CHECK(scope("com.intuit.quickbooks.accounting").description ==
        "Grants access to the QuickBooks Online Accounting API, which focuses on accounting data.");
  CHECK_FALSE(scope("com.intuit.quickbooks.accounting").read_only);  // no read-only form exists
  CHECK(scope("com.intuit.quickbooks.accounting").unconfirmed.empty());
  for (const char* n : {"openid", "profile", "email", "phone", "address"}) {
    INFO(n);
    CHECK(scope(n).read_only);
    CHECK(scope(n).source.find("Intuit scopes page") != std::string::npos);
  }
  // Names as Intuit writes them: hyphens, a "qb." prefix, an underscore.
  CHECK_FALSE(scope("project-management.project").read_only);
  CHECK(scope("app-foundations.custom-field-definitions.read").read_only);
  CHECK(scope("qb.employee.taxidentifier.read").note.find("Restricted: sensitive") !=
        std::string::npos);
  CHECK(scope("intuit_name").note.find("openid intuit_name email") != std::string::npos);
  // Only Intuit's libraries name the payroll beta scopes: flagged, and restricted in the note.
  for (const char* n :
       {"com.intuit.quickbooks.payroll", "com.intuit.quickbooks.payroll.timetracking",
        "com.intuit.quickbooks.payroll.benefits", "com.intuit.quickbooks.payroll.payslip.read"}) {
    INFO(n);
    CHECK_FALSE(scope(n).unconfirmed.empty());
  }
  CHECK(scope("com.intuit.quickbooks.payroll").note.find("Restricted") != std::string::npos);
  // Not scopes: Xero's refresh-token scope, the playground page's misspelling, the 2021 name.
  CHECK_FALSE(q.find("offline_access"));
  CHECK_FALSE(q.find("com.intuit.quickbooks.payments"));
  CHECK_FALSE(q.find("qb.project.write"));
  CHECK(q.note.find("https://appcenter.intuit.com/connect/oauth2") != std::string::npos);
  CHECK(q.note.find("https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer") !=
        std::string::npos);
}

TEST_CASE("QuickBooks Online: Codat's integration and the use cases") {
  const auto& q = provider("quickbooks");
  REQUIRE(q.integrations.size() == 1);
  CHECK(q.integrations[0].id == "codat");
  CHECK(q.integrations[0].platform_key == "qhyg");
  CHECK(q.integrations[0].redirect_uri == "https://quickbooksonline.codat.io/oauth2/callback");
  CHECK_FALSE(q.integrations[0].company_limit);
  REQUIRE(q.use_cases.size() == 3);
  for (const char* id : {"codat_accounting", "codat_openid_link"}) {
    INFO(id);
    REQUIRE(q.use_case(id));
    CHECK(q.use_case(id)->integration == "codat");
    CHECK_FALSE(q.use_case(id)->justification.empty());
  }
  REQUIRE(q.use_case("migrated_app_sign_in"));
  CHECK(q.use_case("migrated_app_sign_in")->integration.empty());  // Intuit's own
}

// Deterministic synthetic scope catalogues for the benchmarks (docs/benchmarks.md).
//
//   scopegen_bench_synth --scopes N [--seed S] [--provider ID] --out DIR
//
// writes, for one provider of N OAuth scopes:
//   DIR/data/<provider>.yaml   a scopegen catalogue (docs/format.md): scopes with descriptions,
//                              statuses (broad ones with replaced_by), restrictions, an
//                              always_required list, a migration block and N/100 use cases
//   DIR/<provider>.proto       the same names as one proto3 enum, for `protoc --cpp_out`
//   DIR/<provider>.gperf       the same names as gperf input: {name, enumerator index}
//   DIR/names.txt              the names, one a line, in catalogue (= enumerator) order
//
// Same arguments, same bytes: the generator uses its own splitmix64, never std::*_distribution
// (whose output differs between standard libraries). Names look like real ones: dotted
// (accounting.invoices.read, Xero-like), underscored (credit_note_write, Stripe-like) or both,
// 6 to ~50 characters. Every name is distinct, and so is its word list, so scopegen's identifier
// rules (C++ snake case, TypeScript Pascal case) never collide.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  template <typename T, std::size_t K>
  const T& pick(const T (&a)[K]) {
    return a[below(K)];
  }
  bool chance(unsigned percent) { return below(100) < percent; }
};

constexpr std::string_view kDomains[] = {
    "accounting", "payroll",  "files",     "assets",      "projects",  "bankfeeds",
    "finance",    "billing",  "identity",  "reports",     "crm",       "hr",
    "inventory",  "tax",      "practice",  "marketplace", "analytics", "treasury",
    "commerce",   "workflow", "documents", "expenses",    "lending",   "admin"};
constexpr std::string_view kResources[] = {"invoices",
                                           "payments",
                                           "contacts",
                                           "attachments",
                                           "settings",
                                           "journals",
                                           "budgets",
                                           "employees",
                                           "timesheets",
                                           "leave",
                                           "payslips",
                                           "superfunds",
                                           "banktransactions",
                                           "transfers",
                                           "accounts",
                                           "items",
                                           "quotes",
                                           "orders",
                                           "purchaseorders",
                                           "creditnotes",
                                           "prepayments",
                                           "overpayments",
                                           "receipts",
                                           "repeatinginvoices",
                                           "trackingcategories",
                                           "taxrates",
                                           "currencies",
                                           "organisations",
                                           "users",
                                           "branding",
                                           "statements",
                                           "feeds",
                                           "connections",
                                           "customers",
                                           "products",
                                           "prices",
                                           "coupons",
                                           "discounts",
                                           "subscriptions",
                                           "schedules",
                                           "meters",
                                           "events",
                                           "disputes",
                                           "refunds",
                                           "charges",
                                           "payouts",
                                           "balances",
                                           "mandates",
                                           "sources",
                                           "tokens",
                                           "webhooks",
                                           "files",
                                           "folders",
                                           "associations",
                                           "inbox",
                                           "tasks",
                                           "costs",
                                           "estimates",
                                           "deposits",
                                           "withdrawals",
                                           "loans",
                                           "assets",
                                           "depreciation",
                                           "registers",
                                           "reconciliations",
                                           "rules",
                                           "categories",
                                           "tags",
                                           "notes",
                                           "comments",
                                           "approvals",
                                           "vendors",
                                           "bills",
                                           "expenseclaims",
                                           "mileage",
                                           "allowances",
                                           "benefits",
                                           "deductions",
                                           "reimbursements",
                                           "pensions",
                                           "holidays",
                                           "shifts",
                                           "rosters",
                                           "locations",
                                           "warehouses",
                                           "stock",
                                           "batches",
                                           "serials",
                                           "shipments",
                                           "returns",
                                           "carriers",
                                           "labels",
                                           "rates",
                                           "ledgers",
                                           "periods",
                                           "forecasts",
                                           "scenarios",
                                           "dashboards",
                                           "widgets",
                                           "exports"};
constexpr std::string_view kSubs[] = {
    "line",   "detail",  "summary", "history", "status",    "template", "report",   "batch",
    "draft",  "archive", "link",    "session", "config",    "profile",  "balance",  "fee",
    "tax",    "note",    "item",    "entry",   "record",    "schedule", "source",   "target",
    "method", "portal",  "event",   "account", "group",     "member",   "owner",    "review",
    "audit",  "limit",   "quota",   "rule",    "statement", "payment",  "transfer", "document"};
constexpr std::string_view kActions[] = {"read",  "write", "create", "delete",  "manage",
                                         "admin", "sync",  "export", "approve", "list"};
constexpr std::string_view kVerbs[] = {
    "View",       "View and manage", "Create", "Delete",  "Manage",
    "Administer", "Synchronise",     "Export", "Approve", "List"};
constexpr std::string_view kRestrictions[] = {"advanced_tier", "approved_partners",
                                              "signed_addendum", "us_only", "deprecated_endpoints"};

std::size_t action_index(std::string_view a) {
  for (std::size_t i = 0; i < std::size(kActions); ++i) {
    if (kActions[i] == a) return i;
  }
  return 0;
}

struct Scope {
  std::string name;
  std::string description;
  bool read_only = false;
  std::string status;  // oidc | session | broad | granular | unchanged
  std::vector<std::size_t> replaced_by;
  std::vector<std::string_view> restrictions;
  bool unconfirmed = false;
};

std::string words_key(std::string_view name) {
  std::string k(name);
  std::replace(k.begin(), k.end(), '.', '_');
  return k;
}

std::string make_name(Rng& rng) {
  std::string n;
  const std::string_view action = rng.pick(kActions);
  switch (rng.below(6)) {
    case 0:  // accounting.invoices.read
    case 1:
      n = std::string(rng.pick(kDomains)) + "." + std::string(rng.pick(kResources)) + "." +
          std::string(action);
      break;
    case 2:  // credit_note_write
      n = std::string(rng.pick(kResources)) + "_" + std::string(rng.pick(kSubs)) + "_" +
          std::string(action);
      break;
    case 3:  // payroll.timesheets_line.read
      n = std::string(rng.pick(kDomains)) + "." + std::string(rng.pick(kResources)) + "_" +
          std::string(rng.pick(kSubs)) + "." + std::string(action);
      break;
    case 4:  // accounting.reports.balance.read
      n = std::string(rng.pick(kDomains)) + "." + std::string(rng.pick(kResources)) + "." +
          std::string(rng.pick(kSubs)) + "." + std::string(action);
      break;
    default:  // finance.statements (no action: a broad-looking name)
      n = std::string(rng.pick(kDomains)) + "." + std::string(rng.pick(kResources));
      break;
  }
  return n;
}

std::string ident_upper(std::string_view name) {
  std::string s;
  for (char c : name) s += (c == '.' || c == '_') ? '_' : static_cast<char>(c - 'a' + 'A');
  return s;
}

std::string yaml_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

int usage() {
  std::cerr << "usage: scopegen_bench_synth --scopes N [--seed S] [--provider ID] --out DIR\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t count = 0;
  std::uint64_t seed = 20260522;
  std::string provider = "synth";
  std::filesystem::path out;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (i + 1 >= argc) return usage();
    const char* v = argv[++i];
    if (a == "--scopes") {
      count = std::strtoull(v, nullptr, 10);
    } else if (a == "--seed") {
      seed = std::strtoull(v, nullptr, 10);
    } else if (a == "--provider") {
      provider = v;
    } else if (a == "--out") {
      out = v;
    } else {
      return usage();
    }
  }
  if (count < 8 || out.empty()) return usage();

  Rng rng{seed};
  std::vector<Scope> scopes;
  std::set<std::string> seen_words;
  const auto add = [&](std::string name) {
    if (!seen_words.insert(words_key(name)).second) return false;
    Scope s;
    s.name = std::move(name);
    scopes.push_back(std::move(s));
    return true;
  };
  // Identity and session scopes first, as in a real catalogue.
  for (const char* n : {"openid", "profile", "email", "offline_access"}) add(n);
  while (scopes.size() < count) add(make_name(rng));

  // Statuses: the four above, then ~6% broad (each replaced by 2-4 granular scopes),
  // ~60% granular, the rest unchanged.
  std::vector<std::size_t> granular;
  for (std::size_t i = 0; i < scopes.size(); ++i) {
    Scope& s = scopes[i];
    const std::string_view n = s.name;
    const std::size_t dot = n.rfind('.');
    const std::size_t us = n.rfind('_');
    const std::size_t cut = std::max(dot == std::string_view::npos ? 0 : dot + 1,
                                     us == std::string_view::npos ? 0 : us + 1);
    const std::string_view last = n.substr(cut);
    const bool has_action =
        std::find(std::begin(kActions), std::end(kActions), last) != std::end(kActions);
    if (i < 3) {
      s.status = "oidc";
      s.read_only = true;
      s.description =
          "Your application intends to use the user's " + std::string(i == 0 ? "identity" : n);
      continue;
    }
    if (i == 3) {
      s.status = "session";
      s.read_only = true;
      s.description =
          "Get a refresh token, which keeps the connection alive while the user is offline";
      continue;
    }
    const std::size_t verb = has_action ? action_index(last) : 1;
    s.read_only = has_action && (last == "read" || last == "list" || last == "export");
    std::string object(n.substr(0, has_action ? cut - 1 : n.size()));
    std::replace(object.begin(), object.end(), '.', ' ');
    std::replace(object.begin(), object.end(), '_', ' ');
    s.description = std::string(kVerbs[verb]) + " your " + object;
    if (!has_action && rng.chance(60)) {
      s.status = "broad";
    } else if (rng.chance(65)) {
      s.status = "granular";
      granular.push_back(i);
    } else {
      s.status = "unchanged";
    }
    if (rng.chance(3)) s.restrictions.push_back(rng.pick(kRestrictions));
    if (rng.chance(3)) s.restrictions.push_back("advanced_tier");
    std::sort(s.restrictions.begin(), s.restrictions.end());
    s.restrictions.erase(std::unique(s.restrictions.begin(), s.restrictions.end()),
                         s.restrictions.end());
    s.unconfirmed = rng.chance(1);
  }
  if (granular.size() < 4) {  // tiny catalogues: make sure broad scopes have replacements
    for (Scope& s : scopes) {
      if (s.status == "broad") s.status = "unchanged";
    }
  }
  std::vector<std::size_t> broad;
  for (std::size_t i = 0; i < scopes.size(); ++i) {
    Scope& s = scopes[i];
    if (s.status != "broad") continue;
    broad.push_back(i);
    const std::size_t k = 2 + rng.below(3);
    while (s.replaced_by.size() < k) {
      const std::size_t g = granular[rng.below(granular.size())];
      if (std::find(s.replaced_by.begin(), s.replaced_by.end(), g) == s.replaced_by.end()) {
        s.replaced_by.push_back(g);
      }
    }
  }

  std::filesystem::create_directories(out / "data");
  const std::string header_comment =
      "# Synthetic catalogue written by scopegen_bench_synth --scopes " + std::to_string(count) +
      " --seed " + std::to_string(seed) + " --provider " + provider +
      " (bench/synth/synth_tables.cpp).\n# Do not edit: regenerate it.\n";

  // --- The catalogue.
  {
    std::ofstream y(out / "data" / (provider + ".yaml"), std::ios::binary);
    y << "# yaml-language-server: $schema=../../schema/catalogue.schema.json\n" << header_comment;
    y << "\nscopegen: 1\nkind: catalogue\n\nprovider:\n  id: " << provider
      << "\n  name: Synthetic provider of " << count << " scopes\n"
      << "  source: bench/synth/synth_tables.cpp\n"
      // Xero's vocabulary, so the synthetic headers have the shape of Xero's.
      << "  statuses: [oidc, session, {name: broad, role: retiring}, granular, unchanged, "
         "app_level]\n"
      << "  restrictions: [{name: advanced_tier, advice: \"confirm the tier\"}, {name: "
         "approved_partners, advice: \"apply\"}, {name: signed_addendum, advice: \"sign\"}, "
         "{name: us_only, advice: \"US only\"}, {name: deprecated_endpoints, advice: \"plan\"}]\n"
      << "  schemes: [broad, granular]\n\n"
      << "always_required: [offline_access]\n\n"
      << "migration:\n  new_apps_from: \"2026-03-02\"\n  existing_apps_from: \"2026-04\"\n"
      << "  existing_apps_deadline: \"2027-09\"\n  reconsent_required: true\n\nscopes:\n";
    for (const Scope& s : scopes) {
      y << "  - name: " << s.name << "\n    description: " << yaml_quote(s.description)
        << "\n    read_only: " << (s.read_only ? "true" : "false") << "\n    status: " << s.status
        << "\n";
      if (!s.replaced_by.empty()) {
        y << "    replaced_by: [";
        for (std::size_t k = 0; k < s.replaced_by.size(); ++k) {
          y << (k ? ", " : "") << scopes[s.replaced_by[k]].name;
        }
        y << "]\n";
      }
      if (!s.restrictions.empty()) {
        y << "    restrictions: [";
        for (std::size_t k = 0; k < s.restrictions.size(); ++k)
          y << (k ? ", " : "") << s.restrictions[k];
        y << "]\n";
      }
      if (s.unconfirmed)
        y << "    unconfirmed: \"synthetic: marked unconfirmed to exercise the flag\"\n";
    }
    // Use cases: one per 100 scopes (at least 2), each with up to 4 broad and 4-10 granular scopes.
    const std::size_t use_cases = std::max<std::size_t>(2, count / 100);
    y << "\nuse_cases:\n";
    for (std::size_t u = 0; u < use_cases; ++u) {
      y << "  - id: use_case_" << u << "\n    label: {en: \"Use case " << u
        << "\", fr: \"Cas d'usage " << u << "\"}\n    scopes:\n";
      const auto list = [&](const char* key, const std::vector<std::size_t>& pool, std::size_t lo,
                            std::size_t hi) {
        if (pool.empty()) {
          y << "      " << key << ": {unknown: \"synthetic: no scopes of this kind\"}\n";
          return;
        }
        std::vector<std::size_t> chosen;
        const std::size_t k = std::min(pool.size(), lo + rng.below(hi - lo + 1));
        while (chosen.size() < k) {
          const std::size_t c = pool[rng.below(pool.size())];
          if (std::find(chosen.begin(), chosen.end(), c) == chosen.end()) chosen.push_back(c);
        }
        y << "      " << key << ":\n";
        for (std::size_t c : chosen) y << "        - " << scopes[c].name << "\n";
      };
      list("broad", broad, 1, 4);
      list("granular", granular, 4, 10);
    }
  }

  // --- The same enum for protoc.
  {
    std::ofstream p(out / (provider + ".proto"), std::ios::binary);
    std::string upper = ident_upper(provider);
    p << "// Synthetic enum written by scopegen_bench_synth (bench/synth/synth_tables.cpp): the "
         "same\n"
      << "// " << count << " names as data/" << provider << ".yaml, for protoc --cpp_out.\n"
      << "syntax = \"proto3\";\n\npackage scopegen_bench." << provider << ";\n\n"
      << "enum Scope {\n  SCOPE_UNSPECIFIED = 0;\n";
    for (std::size_t i = 0; i < scopes.size(); ++i) {
      p << "  // " << scopes[i].description << "\n  SCOPE_" << ident_upper(scopes[i].name) << " = "
        << (i + 1) << ";\n";
    }
    p << "}\n";
  }

  // --- gperf input: name -> enumerator index, string_view-safe (%compare-lengths).
  {
    std::ofstream g(out / (provider + ".gperf"), std::ios::binary);
    g << "%language=C++\n%compare-lengths\n%readonly-tables\n%global-table\n%struct-type\n"
      << "%define class-name " << provider << "_gperf\n%define lookup-function-name lookup\n"
      << "%define initializer-suffix ,-1\n%define word-array-name " << provider << "_gperf_words\n"
      << "%{\n// Written by scopegen_bench_synth. Do not edit.\n#include <cstring>\n%}\n"
      << "struct " << provider << "_gperf_entry { const char* name; int index; };\n%%\n";
    for (std::size_t i = 0; i < scopes.size(); ++i) g << scopes[i].name << ", " << i << "\n";
    g << "%%\n";
  }

  {
    std::ofstream n(out / "names.txt", std::ios::binary);
    for (const Scope& s : scopes) n << s.name << "\n";
  }
  return 0;
}

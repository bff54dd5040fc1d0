#include <algorithm>

#include "naming/rules.hpp"
#include "targets/common/builders.hpp"
#include "targets/common/common.hpp"
#include "targets/cpp/escape.hpp"
#include "targets/cpp/hash_view.hpp"
#include "targets/cpp/naming.hpp"

namespace scopegen::view {

namespace {

using model::Entry;
using model::Index;
using model::Provider;
using view::kCppNaming;

struct CppNames {
  std::string ns;         // xero
  std::string enum_name;  // Scope
  std::string set_name;   // ScopeSet
  std::string qualified;  // ::scopegen::xero
};

CppNames names_for(const Provider& p) {
  CppNames n;
  n.ns = naming::identifier(p.id, kCppNaming.provider);
  n.enum_name = p.noun.title;
  n.set_name = n.enum_name + "Set";
  n.qualified = "::scopegen::" + n.ns;
  return n;
}

// What the views of a provider's entries read of one another, made once per provider: an
// entry that sits in many sets (implies, closures, replacements) has its identifier made once.
struct CppWords {
  std::vector<std::string> idents;        // per entry: accounting_invoices
  std::vector<std::string> statuses;      // per status: Status::oidc
  std::string no_status;                  // Status::none
  std::vector<std::string> restrictions;  // per restriction: Restriction::us_only
};

CppWords words_for(const Provider& p) {
  CppWords w;
  w.idents.reserve(p.entries.size());
  for (const Entry& e : p.entries) w.idents.push_back(naming::identifier(e.name, kCppNaming.entry));
  const auto word = [](std::string_view prefix, std::string_view name) {
    std::string out(prefix);
    out += naming::identifier(name, kCppNaming.entry);
    return out;
  };
  for (const model::Status& st : p.statuses)
    w.statuses.push_back(word("Status::", st.name.empty() ? "none" : st.name));
  w.no_status = word("Status::", "none");
  for (const model::Restriction& r : p.restrictions)
    w.restrictions.push_back(word("Restriction::", r.name));
  return w;
}

/// Appends "{prefix a, prefix b}", a braced list the set type's initializer_list constructor
/// takes, where `ident(i)` is entry i's enumerator and `prefix` qualifies it ("Scope::").
template <typename Ident>
void append_set(std::string& out, std::string_view prefix, const std::vector<Index>& members,
                Ident&& ident) {
  out += '{';
  for (std::size_t k = 0; k < members.size(); ++k) {
    if (k > 0) out += ", ";
    out += prefix;
    out += ident(members[k]);
  }
  out += '}';
}

std::string enumerator_prefix(const CppNames& n, bool qualified) {
  std::string out;
  if (qualified) out.append(n.qualified).append("::");
  out.append(n.enum_name).append("::");
  return out;
}

/// "ScopeSet{Scope::a, Scope::b}", or with `qualified` "::scopegen::xero::ScopeSet{...}".
template <typename Ident>
std::string set_of(const CppNames& n, const std::vector<Index>& members, bool qualified,
                   Ident&& ident) {
  const std::string prefix = enumerator_prefix(n, qualified);
  std::string out;
  out.reserve(n.set_name.size() + 2 + members.size() * (prefix.size() + 24));
  if (qualified) out.append(n.qualified).append("::");
  out += n.set_name;
  append_set(out, prefix, members, ident);
  return out;
}

/// set_of with the identifiers made once per provider.
std::string entry_set(const CppNames& n, const CppWords& w, const std::vector<Index>& members) {
  return set_of(n, members, false, [&](Index i) -> const std::string& { return w.idents[i]; });
}

/// set_of for a view that names few entries: each identifier made where it is needed.
std::string named_set(const Provider& p, const CppNames& n, const std::vector<Index>& members,
                      bool qualified) {
  return set_of(n, members, qualified,
                [&](Index i) { return naming::identifier(p.entries[i].name, kCppNaming.entry); });
}

// The enumerators of a vocabulary the catalogue declares (statuses, restrictions).
template <typename Word>
Json vocabulary(const std::vector<Word>& words) {
  Json out = Json::array();
  for (const Word& w : words)
    out.push_back({{"ident", naming::identifier(w.name, kCppNaming.entry)}});
  return out;
}

Json entry_view(const Provider& p, const CppWords& w, Index i) {
  const Entry& e = p.entries[i];
  std::string restrictions = "RestrictionSet{";
  for (std::size_t k = 0; k < e.restrictions.size(); ++k) {
    if (k > 0) restrictions += ", ";
    restrictions += w.restrictions[e.restrictions[k]];
  }
  restrictions += '}';
  return ObjectBuilder(11)
      .add("ident", w.idents[i])
      .add("name_cpp", cpp_string_view(e.name))
      .add("comment", cpp_comment(e.description))
      .add("description_cpp", cpp_string_view(e.description))
      .add("read_only", e.read_only ? "true" : "false")
      .add("sensitive", e.sensitive ? "true" : "false")
      .add("unconfirmed", e.unconfirmed.empty() ? "false" : "true")
      .add("status", e.status ? w.statuses[*e.status] : w.no_status)
      .add("restrictions", std::move(restrictions))
      .add("product_cpp", cpp_string_view(e.product))
      .add("resource_cpp", cpp_string_view(e.resource))
      .take();
}

/// A per-entry set as a sparse table (core.hpp's SparseRow): a row for each entry with members,
/// `{key, end}`, and the members themselves, so the table grows with the members, not with
/// entries squared. `name` is the tables' prefix: kReplacedBy -> kReplacedByRows, kReplacedByItems.
struct SparseTable {
  Json rows = Json::array();
  std::size_t end = 0;

  void add(const CppNames& n, const CppWords& w, std::size_t key, const std::string& comment,
           const std::vector<Index>& members) {
    if (members.empty()) return;
    const std::string prefix = enumerator_prefix(n, false);
    std::string items;
    for (std::size_t k = 0; k < members.size(); ++k) {
      if (k > 0) items += ", ";
      items += prefix;
      items += w.idents[members[k]];
    }
    end += members.size();
    rows.push_back({{"key", key}, {"end", end}, {"comment", comment}, {"items", std::move(items)}});
  }
  Json view(const CppNames& n, const std::string& name, const std::string& row_what) {
    return Json{{"name", name},        {"row_what", row_what},
                {"enum", n.enum_name}, {"row_count", rows.size()},
                {"item_count", end},   {"rows", std::move(rows)}};
  }
};

Json sparse_table_view(const Provider& p, const CppNames& n, const CppWords& w,
                       const std::string& name, std::vector<Index> Entry::*members) {
  SparseTable table;
  for (Index i = 0; i < p.entries.size(); ++i)
    table.add(n, w, i, cpp_comment(p.entries[i].name), p.entries[i].*members);
  return table.view(n, name, "the " + p.noun.singular + "s");
}

/// The use cases' lists as one sparse table, keyed by use case * lists per use case + list.
Json use_case_lists_view(const Provider& p, const CppNames& n, const CppWords& w) {
  SparseTable table;
  const std::size_t per = p.schemes.empty() ? 1 : p.schemes.size();
  for (std::size_t u = 0; u < p.use_cases.size(); ++u) {
    const model::UseCase& uc = p.use_cases[u];
    for (std::size_t l = 0; l < uc.lists.size(); ++l) {
      std::string comment = cpp_comment(uc.id);
      if (!p.schemes.empty()) {
        comment += ' ';
        comment += cpp_comment(p.schemes[l]);
      }
      table.add(n, w, u * per + l, comment, uc.lists[l].entries);
    }
  }
  return table.view(n, "kUseCaseLists", "the use cases' lists");
}

Json use_case_view(const model::UseCase& u) {
  std::vector<std::string> lists;
  for (const model::ScopeList& l : u.lists) {
    lists.push_back(l.known ? "true" : "false");
  }
  return Json{
      {"ident", naming::identifier(u.id, kCppNaming.use_case)},
      {"id_cpp", cpp_string(u.id)},
      {"comment", cpp_comment(u.label.en)},
      {"label_en_cpp", cpp_string(u.label.en)},
      {"label_fr_cpp", cpp_string(u.label.fr)},
      {"integration_cpp", cpp_string(u.integration)},
      {"read_only_configuration", u.read_only_configuration ? "true" : "false"},
      // Per scheme (the retiring one, then the current one), or the one list.
      {"lists_cpp", join(lists, ", ")},
  };
}

Json integration_view(const model::Integration& i) {
  return Json{{"id_cpp", cpp_string(i.id)},
              {"name_cpp", cpp_string(i.name)},
              {"platform_key_cpp", cpp_string(i.platform_key)},
              {"redirect_uri_cpp", cpp_string(i.redirect_uri)},
              {"company_limit", i.company_limit ? std::to_string(*i.company_limit) : "0"}};
}

Json perfect_hash_view(const Provider& p, const CppNames& n) {
  std::vector<std::string> names;
  names.reserve(p.entries.size());
  for (const Entry& e : p.entries) names.push_back(e.name);
  return cpp_perfect_hash_view(names, {"k", "kNames", "name", n.enum_name});
}

// {retiring: {name}, current: {name}} in C++ identifier form, or nothing without schemes.
Json scheme_names(const Provider& p) {
  if (p.schemes.empty()) return Json::object();
  return Json{
      {"retiring", naming::identifier(p.schemes[Provider::kRetiringScheme], kCppNaming.use_case)},
      {"retiring_index", Provider::kRetiringScheme},
      {"current", naming::identifier(p.schemes[Provider::kCurrentScheme], kCppNaming.use_case)},
      {"current_index", Provider::kCurrentScheme}};
}

std::string guard(const std::string& stem) {
  std::string g = "SCOPEGEN_" + stem + "_HPP";
  std::transform(g.begin(), g.end(), g.begin(), [](char c) {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  });
  return g;
}

}  // namespace

std::string cpp_enum_underlying(std::size_t count) {
  return cpp_smallest_unsigned(count == 0 ? 0 : count - 1);
}

std::optional<Json> cpp_provider_view(const model::Model&, const Provider& p) {
  const CppNames n = names_for(p);
  const CppWords w = words_for(p);
  Json entries = Json::array();
  entries.get_ref<Json::array_t&>().reserve(p.entries.size());
  for (Index i = 0; i < p.entries.size(); ++i) entries.push_back(entry_view(p, w, i));
  Json use_cases = views_of(p.use_cases, use_case_view);
  Json integrations = views_of(p.integrations, integration_view);
  Json migration = Json::array();
  if (p.migration) {
    migration.push_back(
        {{"new_apps_from_cpp", cpp_string(p.migration->new_apps_from)},
         {"existing_apps_from_cpp", cpp_string(p.migration->existing_apps_from)},
         {"existing_apps_deadline_cpp", cpp_string(p.migration->existing_apps_deadline)},
         {"reconsent_required", p.migration->reconsent_required ? "true" : "false"}});
  }
  Json out{
      {"banner", banner(p.files, cpp_comment)},
      {"guard", guard(n.ns)},
      {"ns", n.ns},
      {"provider_comment", cpp_comment(p.name)},
      {"provider_id_cpp", cpp_string(p.id)},
      {"provider_name_cpp", cpp_string(p.name)},
      {"noun", p.noun.singular},
      {"enum", n.enum_name},
      {"set", n.set_name},
      {"underlying", cpp_enum_underlying(p.entries.size())},
      {"count", p.entries.size()},
      {"has_entries", !p.entries.empty()},
      {"separator_arg", p.grant_format == model::GrantFormat::comma ? ", ','" : ""},
      {"grant_words", p.grant_format == model::GrantFormat::comma ? "commas" : "spaces"},
      {"entries", std::move(entries)},
      {"statuses", vocabulary(p.statuses)},
      {"restriction_words", vocabulary(p.restrictions)},
      {"restriction_count", p.restrictions.size()},
      {"has_schemes", !p.schemes.empty()},
      {"schemes", scheme_names(p)},
      {"phf", perfect_hash_view(p, n)},
      {"replaced_by_table", sparse_table_view(p, n, w, "kReplacedBy", &Entry::replaced_by)},
      {"implies_table", sparse_table_view(p, n, w, "kImplies", &Entry::implies)},
      {"implied_closure_table",
       sparse_table_view(p, n, w, "kImpliedClosure", &Entry::implied_closure)},
      {"always_required", entry_set(n, w, p.always_required)},
      {"migration", std::move(migration)},
      {"integrations", std::move(integrations)},
      {"integration_count", p.integrations.size()},
      {"use_cases", std::move(use_cases)},
      {"use_case_count", p.use_cases.size()},
      {"use_case_lists_table", use_case_lists_view(p, n, w)},
      {"lists_per_use_case", p.schemes.empty() ? std::size_t{1} : p.schemes.size()},
      {"use_case_underlying", cpp_enum_underlying(p.use_cases.size())},
  };
  out.update(feature_flags(p));
  return out;
}

std::optional<Json> cpp_model_view(const model::Model& m) {
  Json providers = Json::array();
  if (m.app) {
    for (const model::AppProvider& ap : m.app->providers) {
      const Provider& p = m.providers[ap.provider];
      const CppNames n = names_for(p);
      Json use_cases = Json::array();
      for (const std::string& id : ap.use_cases) {
        use_cases.push_back(
            {{"value", n.qualified + "::UseCase::" + naming::identifier(id, kCppNaming.use_case)}});
      }
      Json requests = Json::array();
      for (const model::Request& r : ap.requests) {
        std::string member = enumerator_prefix(n, true);
        member += naming::identifier(p.entries[r.entry].name, kCppNaming.entry);
        requests.push_back({{"member", std::move(member)}, {"purpose_cpp", cpp_string(r.purpose)}});
      }
      Json schemes = Json::array();
      if (ap.by_scheme) {
        const auto set_of = [&](const std::vector<Index>& members) {
          return named_set(p, n, members, true);
        };
        const auto string_of = [&](const std::vector<Index>& members) {
          return cpp_string(join(names_of(p, members), std::string(separator(p.grant_format))));
        };
        schemes.push_back({{"scheme_cpp", cpp_string(p.schemes[ap.scheme])},
                           {"broad", set_of(ap.by_scheme->broad)},
                           {"broad_string_cpp", string_of(ap.by_scheme->broad)},
                           {"granular", set_of(ap.by_scheme->granular)},
                           {"granular_string_cpp", string_of(ap.by_scheme->granular)},
                           {"reconsent", set_of(ap.by_scheme->reconsent)},
                           // reconsent_check reads a grant string: none without check_consent.
                           {"has_grant_string", p.grant_format != model::GrantFormat::none}});
      }
      providers.push_back({
          {"ns", n.ns},
          // The provider's header is named by its id, as the {provider} path is: `linux.hpp`,
          // while its namespace is the escaped `linux_`.
          {"header", p.id},
          {"qualified", n.qualified},
          {"set", n.set_name},
          {"enum", n.enum_name},
          {"required", named_set(p, n, ap.required, true)},
          {"scope_string_cpp",
           cpp_string(join(names_of(p, ap.required), std::string(separator(p.grant_format))))},
          {"use_cases", std::move(use_cases)},
          {"use_case_count", ap.use_cases.size()},
          {"requests", std::move(requests)},
          {"request_count", ap.requests.size()},
          {"schemes", std::move(schemes)},
      });
    }
  }
  Json app = Json::object();
  if (m.app) {
    app = {{"id_cpp", cpp_string(m.app->id)},
           {"name_cpp", cpp_string(m.app->name)},
           {"created_cpp", cpp_string(m.app->created)},
           {"reads_only", m.app->reads_only ? "true" : "false"},
           {"comment", cpp_comment(m.app->name)}};
  }
  return Json{{"banner", banner(m.inputs, cpp_comment)},
              {"has_app", m.app.has_value()},
              {"app", std::move(app)},
              {"providers", std::move(providers)}};
}

}  // namespace scopegen::view

#include <array>
#include <string>
#include <vector>

#include "model/resolve.hpp"
#include "naming/rules.hpp"
#include "targets/common/builders.hpp"
#include "targets/common/common.hpp"
#include "targets/ts/escape.hpp"
#include "targets/ts/exports.hpp"
#include "targets/ts/naming.hpp"

// The TypeScript target: templates/ts/. Every table string reaches the templates through
// ts_string (literals) or ts_comment (/** */ comments); every identifier through
// naming::identifier with the kTsNaming rules. Templates only place what is here.
namespace scopegen::view {

namespace {

using model::Entry;
using model::Index;
using model::Provider;

struct TsNames {
  std::string ns;         // Xero: the namespace index.ts and app.ts import the module as
  std::string type;       // XeroScope: the string enum
  std::string guard;      // isXeroScope
  std::string specifier;  // "./xero.js": the module specifier, as a literal
};

TsNames names_for(const Provider& p) {
  TsExports exports = ts_exports(p);
  TsNames n;
  n.ns = std::move(exports.ns);
  n.type = std::move(exports.type);
  n.guard = std::move(exports.guard);
  n.specifier = ts_string("./" + p.id + ".js");
  return n;
}

/// "[a, b]": an array literal of expressions already made safe.
std::string array_literal(const std::vector<std::string>& parts) {
  std::string out = "[";  // not "[" + ...: GCC 12 -Wrestrict, see diag::quoted
  out += join(parts, ", ");
  out += ']';
  return out;
}

/// "XeroScope.AccountingInvoices", or "Xero.XeroScope.AccountingInvoices" from another module.
std::string member(const TsNames& n, const Entry& e, bool qualified = false) {
  return (qualified ? n.ns + "." : std::string{}) + n.type + "." +
         naming::identifier(e.name, kTsNaming.entry);
}

/// "[XeroScope.A, XeroScope.B]"
std::string members(const Provider& p, const TsNames& n, const std::vector<Index>& indices,
                    bool qualified = false) {
  std::vector<std::string> parts;
  for (Index i : indices) parts.push_back(member(n, p.entries[i], qualified));
  return array_literal(parts);
}

// Each entry's member ("XeroScope.AccountingInvoices"), made once per provider: an entry that
// sits in many lists (implies, closures, replacements) has its identifier made once.
std::vector<std::string> members_for(const Provider& p, const TsNames& n) {
  std::vector<std::string> out;
  out.reserve(p.entries.size());
  for (const Entry& e : p.entries) out.push_back(member(n, e));
  return out;
}

/// members() from the provider's members_for().
std::string member_list(const std::vector<std::string>& all, const std::vector<Index>& indices) {
  std::size_t size = 2;
  for (Index i : indices) size += all[i].size() + 2;
  std::string out;
  out.reserve(size);
  out += '[';
  for (std::size_t k = 0; k < indices.size(); ++k) {
    if (k > 0) out += ", ";
    out += all[indices[k]];
  }
  out += ']';
  return out;
}

/// "[\"a\", \"b\"]"
std::string string_array(const std::vector<std::string>& values) {
  std::vector<std::string> parts;
  for (const std::string& v : values) parts.push_back(ts_string(v));
  return array_literal(parts);
}

/// A literal, or null when the table leaves the text out.
std::string string_or_null(const std::string& s) {
  return s.empty() ? "null" : ts_string(s);
}

const char* grant_separated(model::GrantFormat f) {
  return f == model::GrantFormat::comma ? "comma-separated" : "space-separated";
}

const char* boolean(bool b) {
  return b ? "true" : "false";
}

/// "\"a\" | \"b\"": a union of string literal types.
template <typename Word>
std::string literal_union(const std::vector<Word>& words) {
  std::vector<std::string> parts;
  for (const Word& w : words) parts.push_back(ts_string(w.name));
  return join(parts, " | ");
}

/// "{ en: \"...\", fr: null }"
std::string label(const model::Label& l) {
  return "{ en: " + ts_string(l.en) + ", fr: " + string_or_null(l.fr) + " }";
}

// What entry views share, per provider: the members, the status and restriction literals.
struct TsWords {
  std::vector<std::string> members;       // per entry: XeroScope.AccountingInvoices
  std::size_t ident_from = 0;             // where the identifier starts in a member
  std::vector<std::string> statuses;      // per status: "broad", or null for an empty name
  std::vector<std::string> restrictions;  // per restriction: "us_only"
};

TsWords words_for(const Provider& p, const TsNames& n) {
  TsWords w;
  w.members = members_for(p, n);
  w.ident_from = n.type.size() + 1;
  for (const model::Status& st : p.statuses) w.statuses.push_back(string_or_null(st.name));
  for (const model::Restriction& r : p.restrictions) w.restrictions.push_back(ts_string(r.name));
  return w;
}

Json entry_view(const Provider& p, const TsWords& w, Index i) {
  const Entry& e = p.entries[i];
  const std::string& member = w.members[i];
  std::string restrictions = "[";
  for (std::size_t k = 0; k < e.restrictions.size(); ++k) {
    if (k > 0) restrictions += ", ";
    restrictions += w.restrictions[e.restrictions[k]];
  }
  restrictions += ']';
  ObjectBuilder out(p.has_resources ? 17 : 13);
  out.add("ident", member.substr(w.ident_from))
      .add("member", member)
      .add("name_ts", ts_string(e.name))
      .add("comment", ts_comment(e.description))
      .add("description_ts", ts_string(e.description))
      .add("read_only", boolean(e.read_only))
      .add("sensitive", boolean(e.sensitive))
      .add("unconfirmed_ts", string_or_null(e.unconfirmed))
      .add("implies", member_list(w.members, e.implies))
      .add("implied_closure", member_list(w.members, e.implied_closure))
      .add("status_ts", e.status ? w.statuses[*e.status] : "null")
      .add("restrictions", std::move(restrictions))
      .add("replaced_by", member_list(w.members, e.replaced_by));
  if (p.has_resources) {
    std::vector<std::string> links;
    for (const model::Link& l : e.links) {
      links.push_back("{ text: " + ts_string(l.text) + ", url: " + ts_string(l.url) + " }");
    }
    out.add("product_ts", ts_string(e.product))
        .add("resource_ts", ts_string(e.resource))
        .add("implies_unlisted", string_array(e.implies_unlisted))
        .add("links", array_literal(links));
  }
  return out.take();
}

Json use_case_view(const Provider& p, const TsWords& w, const model::UseCase& u) {
  std::vector<std::string> partnerships;
  for (const model::Label& l : u.partnerships) partnerships.push_back(label(l));
  const auto list = [&](const model::ScopeList& s) {
    return s.known ? member_list(w.members, s.entries) : "null";
  };
  const auto reason = [](const model::ScopeList& s) {
    return s.known ? "null" : ts_string(s.unknown_reason);
  };
  // `broad: [...],\n    granular: [...],\n    unknownReason: {...},` per scheme, or one list.
  std::string lists;
  if (p.schemes.empty()) {
    lists = p.noun.plural + ": " + list(u.lists[0]) +
            ",\n    unknownReason: " + reason(u.lists[0]) + ",";
  } else {
    std::vector<std::string> reasons;
    for (model::Index i = 0; i < u.lists.size(); ++i) {
      const std::string key = naming::identifier(p.schemes[i], kTsNaming.use_case);
      lists += key + ": " + list(u.lists[i]) + ",\n    ";
      reasons.push_back(key + ": " + reason(u.lists[i]));
    }
    lists += "unknownReason: { " + join(reasons, ", ") + " },";
  }
  return Json{
      {"ident", naming::identifier(u.id, kTsNaming.use_case)},
      {"comment", ts_comment(u.label.en)},
      {"id_ts", ts_string(u.id)},
      {"label", label(u.label)},
      {"partnerships", array_literal(partnerships)},
      {"integration_ts", string_or_null(u.integration)},
      {"read_only_configuration", boolean(u.read_only_configuration)},
      {"lists_ts", lists},
  };
}

// {retiring, current} as TypeScript property names, in a list of one; empty without schemes.
Json ts_schemes(const Provider& p) {
  Json out = Json::array();
  if (p.schemes.empty()) return out;
  out.push_back(
      {{"retiring", naming::identifier(p.schemes[Provider::kRetiringScheme], kTsNaming.use_case)},
       {"current", naming::identifier(p.schemes[Provider::kCurrentScheme], kTsNaming.use_case)}});
  return out;
}

Json integration_view(const model::Integration& i) {
  return Json{{"comment", ts_comment(i.name)},
              {"id_ts", ts_string(i.id)},
              {"name_ts", ts_string(i.name)},
              {"platform_key_ts", string_or_null(i.platform_key)},
              {"redirect_uri_ts", string_or_null(i.redirect_uri)},
              {"company_limit", i.company_limit ? std::to_string(*i.company_limit) : "null"}};
}

/// One element when the provider has a migration, none otherwise: a section, not an if.
Json migration_view(const Provider& p) {
  Json out = Json::array();
  if (p.migration) {
    out.push_back(
        {{"new_apps_from_ts", string_or_null(p.migration->new_apps_from)},
         {"existing_apps_from_ts", string_or_null(p.migration->existing_apps_from)},
         {"existing_apps_deadline_ts", string_or_null(p.migration->existing_apps_deadline)},
         {"reconsent_required", boolean(p.migration->reconsent_required)}});
  }
  return out;
}

/// What index.ts and app.ts say of each provider the model has.
Json module_view(const Provider& p, const TsNames& n) {
  return Json{{"ns", n.ns},
              {"type", n.type},
              {"guard", n.guard},
              {"module_ts", n.specifier},
              {"comment", ts_comment(p.name)}};
}

Json app_provider_view(const model::Model& m, const model::AppProvider& ap) {
  const Provider& p = m.providers[ap.provider];
  const TsNames n = names_for(p);
  std::vector<std::string> use_cases;
  for (const std::string& id : ap.use_cases) {
    use_cases.push_back(n.ns + ".useCases." + naming::identifier(id, kTsNaming.use_case));
  }
  Json requests = Json::array();
  for (const model::Request& r : ap.requests) {
    requests.push_back(
        {{"member", member(n, p.entries[r.entry], true)}, {"purpose_ts", ts_string(r.purpose)}});
  }
  Json schemes = Json::array();
  if (ap.by_scheme) {
    const auto string_of = [&](const std::vector<model::Index>& v) {
      return ts_string(join(names_of(p, v), std::string(model::separator(p.grant_format))));
    };
    schemes.push_back({{"broad", members(p, n, ap.by_scheme->broad, true)},
                       {"broad_string_ts", string_of(ap.by_scheme->broad)},
                       {"granular", members(p, n, ap.by_scheme->granular, true)},
                       {"granular_string_ts", string_of(ap.by_scheme->granular)},
                       {"reconsent", members(p, n, ap.by_scheme->reconsent, true)}});
  }
  Json out = module_view(p, n);
  out.update(Json{
      {"key_ts", ts_string(p.id)},
      {"grant_separated", grant_separated(p.grant_format)},
      {"has_schemes", !p.schemes.empty()},
      {"scheme_ts", p.schemes.empty() ? "null" : ts_string(p.schemes[ap.scheme])},
      {"required", members(p, n, ap.required, true)},
      {"required_string_ts",
       ts_string(join(names_of(p, ap.required), std::string(model::separator(p.grant_format))))},
      {"use_cases", array_literal(use_cases)},
      {"requests", std::move(requests)},
      {"schemes", std::move(schemes)},
      {"events", string_array(ap.events)}});
  out.update(feature_flags(p));
  return out;
}

}  // namespace

std::optional<Json> ts_provider_view(const model::Model&, const Provider& p) {
  const TsNames n = names_for(p);
  const std::string& noun = p.noun.singular;
  const std::string& Noun = p.noun.title;
  const TsWords w = words_for(p, n);
  Json entries = Json::array();
  entries.get_ref<Json::array_t&>().reserve(p.entries.size());
  for (Index i = 0; i < p.entries.size(); ++i) entries.push_back(entry_view(p, w, i));
  Json use_cases =
      views_of(p.use_cases, [&](const model::UseCase& u) { return use_case_view(p, w, u); });
  Json integrations = views_of(p.integrations, integration_view);
  Json out{
      {"banner", banner(p.files, ts_comment)},
      {"provider_comment", ts_comment(p.name)},
      {"provider_id_ts", ts_string(p.id)},
      {"provider_name_ts", ts_string(p.name)},
      {"noun", noun},
      {"type", n.type},
      {"guard", n.guard},
      {"all", "all" + Noun + "s"},   // allScopes
      {"info", noun + "Info"},       // scopeInfo: the table
      {"info_type", Noun + "Info"},  // ScopeInfo: its row type
      {"entries", std::move(entries)},
      {"status_union", literal_union(p.statuses)},
      {"restriction_union", literal_union(p.restrictions)},
      {"parse_list", "parse" + Noun + "s"},  // parsePermissions
      {"schemes", ts_schemes(p)},
      {"separator_ts", ts_string(model::separator(p.grant_format))},
      {"grant_words", p.grant_format == model::GrantFormat::comma ? "commas" : "spaces"},
      {"always_required", member_list(w.members, p.always_required)},
      {"migration", migration_view(p)},
      {"no_migration", !p.migration.has_value()},
      {"integrations", std::move(integrations)},
      {"use_cases", std::move(use_cases)},
  };
  out.update(feature_flags(p));
  return out;
}

std::optional<Json> ts_model_view(const model::Model& m) {
  Json modules = Json::array();
  for (const Provider& p : m.providers) modules.push_back(module_view(p, names_for(p)));
  Json providers = Json::array();
  Json app = Json::object();
  if (m.app) {
    for (const model::AppProvider& ap : m.app->providers)
      providers.push_back(app_provider_view(m, ap));
    app = {{"comment", ts_comment(m.app->name)},
           {"id_ts", ts_string(m.app->id)},
           {"name_ts", ts_string(m.app->name)},
           {"created_ts", ts_string(m.app->created)},
           {"reads_only", boolean(m.app->reads_only)}};
  }
  return Json{{"banner", banner(m.inputs, ts_comment)},
              {"modules", std::move(modules)},
              {"has_app", m.app.has_value()},
              {"app", std::move(app)},
              {"providers", std::move(providers)}};
}

}  // namespace scopegen::view

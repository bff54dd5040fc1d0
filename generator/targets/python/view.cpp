#include <string>
#include <vector>

#include "model/resolve.hpp"
#include "targets/common/builders.hpp"
#include "targets/common/common.hpp"
#include "targets/python/escape.hpp"
#include "targets/python/naming.hpp"

// The Python target: templates/python/. Every table string reaches the templates through
// py_string (literals) or py_comment (# comments); every identifier through naming::identifier
// with the kPythonNaming rules. Templates only place what is here.
namespace scopegen::view {

namespace {

using model::Index;
using model::Provider;

struct PyNames {
  std::string type;    // Scope or Permission: the StrEnum of the provider's module
  std::string module;  // the module's name as app.py imports it, "_" + python_module()
};

PyNames names_for(const Provider& p) {
  // Built by appending: GCC 12's -Wrestrict misreads "_" + std::string once inlined at -O3.
  std::string module = "_";
  module += python_module(p.id);
  return {p.noun.title, std::move(module)};
}

/// "Scope.ACCOUNTING_INVOICES", or "_xero.Scope.ACCOUNTING_INVOICES" from app.py.
std::string member(const Provider& p, const PyNames& n, Index i, bool qualified) {
  return (qualified ? n.module + "." : std::string{}) + n.type + "." +
         naming::identifier(p.entries[i].name, kPythonNaming.entry);
}

/// "frozenset[Scope]({Scope.A, Scope.B})": typed even when empty, for mypy --strict.
std::string frozen_set(const Provider& p, const PyNames& n, const std::vector<Index>& indices,
                       bool qualified = false) {
  std::vector<std::string> parts;
  for (Index i : indices) parts.push_back(member(p, n, i, qualified));
  std::string out = "frozenset[";
  if (qualified) out.append(n.module).append(".");
  out.append(n.type).append("](");
  if (!parts.empty()) out.append("{").append(join(parts, ", ")).append("}");
  return out.append(")");
}

/// "(a, b,)": a tuple of expressions already made safe; "()" when empty.
std::string tuple(const std::vector<std::string>& parts) {
  std::string out = "(";
  for (const std::string& part : parts) out += part + ", ";
  if (!parts.empty()) out.erase(out.size() - 1);
  if (parts.size() > 1) out.pop_back();
  return out + ")";
}

std::string string_or_none(const std::string& s) {
  return s.empty() ? "None" : py_string(s);
}

Json entry_view(const Provider& p, Index i) {
  const model::Entry& e = p.entries[i];
  return ObjectBuilder(3)
      .add("ident", naming::identifier(e.name, kPythonNaming.entry))
      .add("name_py", py_string(e.name))
      .add("comment", py_comment(e.description))
      .take();
}

// The use-case fields: one per scheme the provider declares (broad, granular), or one list
// named by its noun when it has none. Dataclass fields are snake_case, as module names are.
std::vector<std::string> list_fields(const Provider& p) {
  const naming::Rules& field = kPythonNaming.provider;
  if (p.schemes.empty()) return {naming::identifier(p.noun.plural, field)};
  std::vector<std::string> out;
  for (const std::string& s : p.schemes) out.push_back(naming::identifier(s, field));
  return out;
}

Json use_case_view(const Provider& p, const PyNames& n, const model::UseCase& u) {
  std::vector<std::string> lists;
  for (const model::ScopeList& s : u.lists)
    lists.push_back(s.known ? frozen_set(p, n, s.entries) : "None");
  return Json{{"ident", naming::identifier(u.id, kPythonNaming.use_case)},
              {"comment", py_comment(u.label.en)},
              {"id_py", py_string(u.id)},
              {"label_py", py_string(u.label.en)},
              {"lists", join(lists, ", ")}};
}

Json app_provider_view(const model::Model& m, const model::AppProvider& ap) {
  const Provider& p = m.providers[ap.provider];
  const PyNames n = names_for(p);
  std::vector<std::string> use_cases;
  for (const std::string& id : ap.use_cases)
    use_cases.push_back(n.module + ".UseCases." + naming::identifier(id, kPythonNaming.use_case));
  Json requests = Json::array();
  for (const model::Request& r : ap.requests) {
    requests.push_back(
        {{"member", member(p, n, r.entry, true)}, {"purpose_py", py_string(r.purpose)}});
  }
  const auto string_of = [&](const std::vector<Index>& v) {
    return py_string(join(names_of(p, v), model::separator(p.grant_format)));
  };
  Json schemes = Json::array();
  if (ap.by_scheme) {
    schemes.push_back({{"broad", frozen_set(p, n, ap.by_scheme->broad, true)},
                       {"broad_string_py", string_of(ap.by_scheme->broad)},
                       {"granular", frozen_set(p, n, ap.by_scheme->granular, true)},
                       {"granular_string_py", string_of(ap.by_scheme->granular)},
                       {"reconsent", frozen_set(p, n, ap.by_scheme->reconsent, true)},
                       // reconsent_check reads a grant string, as in the C++ and TypeScript.
                       {"has_grant_string", p.grant_format != model::GrantFormat::none}});
  }
  std::vector<std::string> events;
  for (const std::string& e : ap.events) events.push_back(py_string(e));
  return Json{{"module", n.module},
              {"file", python_module(p.id)},
              {"comment", py_comment(p.name)},
              {"cls", naming::identifier(p.id, kPythonNaming.provider)},
              {"key_py", py_string(p.id)},
              {"required", frozen_set(p, n, ap.required, true)},
              {"required_string_py", string_of(ap.required)},
              {"scheme_py", p.schemes.empty() ? "None" : string_or_none(p.schemes[ap.scheme])},
              {"use_cases", tuple(use_cases)},
              {"requests", std::move(requests)},
              {"schemes", std::move(schemes)},
              {"events", tuple(events)}};
}

}  // namespace

std::optional<Json> python_provider_view(const model::Model&, const Provider& p) {
  const PyNames n = names_for(p);
  Json entries = Json::array();
  entries.get_ref<Json::array_t&>().reserve(p.entries.size());
  for (Index i = 0; i < p.entries.size(); ++i) entries.push_back(entry_view(p, i));
  Json use_cases =
      views_of(p.use_cases, [&](const model::UseCase& u) { return use_case_view(p, n, u); });
  return Json{
      {"banner", banner(p.files, py_comment)},
      {"provider_comment", py_comment(p.name)},
      {"provider_id_py", py_string(p.id)},
      {"provider_name_py", py_string(p.name)},
      {"type", n.type},
      {"noun", p.noun.singular},
      {"entries", std::move(entries)},
      {"always_required", frozen_set(p, n, p.always_required)},
      {"list_fields", list_fields(p)},
      // A comma-separated grant (Slack) may carry spaces around its names; a space-
      // separated one splits on any run of whitespace.
      {"separator_py", py_string(std::string(model::separator(p.grant_format)))},
      {"separator_words", p.grant_format == model::GrantFormat::comma ? "commas" : "spaces"},
      {"split_py", p.grant_format == model::GrantFormat::comma
                       ? "[n.strip() for n in granted.split(\",\")]"
                       : "granted.split()"},
      {"use_cases", std::move(use_cases)}};
}

std::optional<Json> python_model_view(const model::Model& m) {
  Json modules = Json::array();
  for (const Provider& p : m.providers) modules.push_back({{"file", python_module(p.id)}});
  Json providers = Json::array();
  Json app = Json::object();
  if (m.app) {
    for (const model::AppProvider& ap : m.app->providers)
      providers.push_back(app_provider_view(m, ap));
    app = {{"comment", py_comment(m.app->name)},
           {"id_py", py_string(m.app->id)},
           {"name_py", py_string(m.app->name)},
           {"created_py", py_string(m.app->created)},
           {"reads_only", m.app->reads_only ? "True" : "False"}};
  }
  return Json{{"banner", banner(m.inputs, py_comment)},
              {"modules", std::move(modules)},
              {"has_app", m.app.has_value()},
              {"app", std::move(app)},
              {"providers", std::move(providers)}};
}

}  // namespace scopegen::view

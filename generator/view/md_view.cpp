#include "review/lint.hpp"
#include "review/sources.hpp"
#include "view/builders.hpp"
#include "view/common.hpp"
#include "view/escape.hpp"

namespace scopegen::view {

namespace {

std::string reasons(const std::vector<review::Source>& sources) {
  std::vector<std::string> parts;
  for (const review::Source& s : sources) parts.push_back(s.why);
  return join(parts, "; ");
}

std::string purposes(const std::vector<review::Source>& sources) {
  std::vector<std::string> parts;
  for (const review::Source& s : sources) {
    if (!s.purpose.empty()) parts.push_back(s.purpose);
  }
  return join(parts, " ");
}

Json entry_row(const model::AppProvider& ap, const model::Entry& e, const std::vector<review::Source>& sources) {
  std::vector<std::string> restrictions;
  for (const std::string& r : e.restrictions) {
    const auto done = ap.arrangements.find(r);
    restrictions.push_back(r + ": " + (done != ap.arrangements.end()
                                           ? done->second
                                           : "NOT YET ARRANGED (" + std::string(review::what_to_arrange(r)) + ")"));
  }
  std::vector<std::string> notes;
  if (e.sensitive) notes.push_back("sensitive");
  if (!e.unconfirmed.empty()) notes.push_back("unconfirmed: " + e.unconfirmed);
  // Names and ids are pattern-checked (no backticks), and print inside code spans as they are.
  return Json{{"name", e.name},
              {"description", md_cell(e.description)},
              {"access", e.read_only ? "read" : "write"},
              {"needed_by", md_cell(reasons(sources))},
              {"purpose", md_cell(purposes(sources))},
              {"restrictions", md_cell(restrictions.empty() ? "none" : join(restrictions, "; "))},
              {"notes", md_cell(notes.empty() ? "" : join(notes, "; "))}};
}

}  // namespace

std::optional<Json> md_model_view(const model::Model& m) {
  if (!m.app) return std::nullopt;
  Json providers = Json::array();
  for (const model::AppProvider& ap : m.app->providers) {
    const model::Provider& p = m.providers[ap.provider];
    const auto sources = review::requirement_sources(m, ap);
    Json rows = Json::array();
    for (model::Index i : ap.required) rows.push_back(entry_row(ap, p.entries[i], sources.at(i)));
    Json use_cases = Json::array();
    for (const std::string& id : ap.use_cases) {
      const model::UseCase& u = *p.use_case(id);
      use_cases.push_back({{"id", u.id}, {"label", md_cell(u.label.en)}});
    }
    providers.push_back({{"name", md_cell(p.name)},
                         {"id", md_cell(p.id)},
                         {"noun", p.kind == model::Kind::scopes ? "Scope" : "Permission"},
                         {"is_scopes", p.kind == model::Kind::scopes},
                         {"scheme", md_cell(ap.scheme)},
                         {"has_use_cases", !use_cases.empty()},
                         {"use_cases", std::move(use_cases)},
                         {"has_events", !ap.events.empty()},
                         {"events", md_cell(join(ap.events, ", "))},
                         {"count", rows.size()},
                         {"rows", std::move(rows)}});
  }
  return Json{{"banner", banner(m.inputs, md_cell)},
              {"app", {{"name", md_cell(m.app->name)},
                       {"id", m.app->id},
                       {"created", md_cell(m.app->created)},
                       {"reads_only", m.app->reads_only}}},
              {"providers", std::move(providers)}};
}

}  // namespace scopegen::view

#include "review/review_rows.hpp"
#include "targets/common/builders.hpp"
#include "targets/common/common.hpp"
#include "targets/md/escape.hpp"

namespace scopegen::view {

namespace {

// "getInvoices, createPayment; allows 12 of 477": the profile's operations first, then how much
// of the table the name opens (the list is review.json's: hundreds of keys do not fit a cell).
std::string md_operations(const review::ReviewRow& r, std::size_t table) {
  std::string out = join(r.operations, ", ");
  if (!out.empty()) out += "; ";
  out += "allows " + std::to_string(r.allows.size()) + " of " + std::to_string(table);
  return md_cell(out);
}

// Names and ids are pattern-checked (no backticks), and print inside code spans as they are.
Json md_row(const review::ReviewRow& r, std::size_t table) {
  return Json{
      {"name", r.name},
      {"description", md_cell(r.description)},
      {"access", r.access},
      {"needed_by", md_cell(join(r.needed_by, "; "))},
      {"purpose", md_cell(r.purpose)},
      {"restrictions", md_cell(r.restrictions.empty() ? "none" : join(r.restrictions, "; "))},
      {"notes", md_cell(join(r.notes, "; "))},
      {"operations", md_operations(r, table)}};
}

// With --evidence: per requested name, the calls the scan found that it allows, one per line:
// "server.js:19:9: createInvoices" (the place as the scan printed it, so a reader can find it).
Json md_calls(const review::ReviewRow& r) {
  Json calls = Json::array();
  for (const review::CallRow& c : r.calls) {
    std::string place = c.file;
    place += ':';
    place += std::to_string(c.line);
    place += ':';
    place += std::to_string(c.column);
    calls.push_back(
        {{"place", md_cell(place)}, {"operations", md_cell(join(c.operations, " or "))}});
  }
  const bool none = calls.empty();
  return Json{{"name", r.name}, {"no_calls", none}, {"calls", std::move(calls)}};
}

}  // namespace

std::optional<Json> md_model_view(const model::Model& m) {
  if (!m.app) return std::nullopt;
  Json providers = Json::array();
  for (const model::AppProvider& ap : m.app->providers) {
    const model::Provider& p = m.providers[ap.provider];
    const std::size_t table = review::table_operations(m, ap);
    Json rows = Json::array();
    Json call_rows = Json::array();
    for (const review::ReviewRow& r : review::review_rows(m, ap)) {
      rows.push_back(md_row(r, table));
      call_rows.push_back(md_calls(r));
    }
    Json use_cases = Json::array();
    for (const std::string& id : ap.use_cases) {
      const model::UseCase& u = *p.use_case(id);
      use_cases.push_back({{"id", u.id}, {"label", md_cell(u.label.en)}});
    }
    providers.push_back({{"name", md_cell(p.name)},
                         {"id", md_cell(p.id)},
                         {"noun", p.noun.title},
                         {"has_schemes", !p.schemes.empty()},
                         {"scheme", md_cell(p.schemes.empty() ? "" : p.schemes[ap.scheme])},
                         {"has_use_cases", !use_cases.empty()},
                         {"use_cases", std::move(use_cases)},
                         {"has_events", !ap.events.empty()},
                         {"events", md_cell(join(ap.events, ", "))},
                         {"count", rows.size()},
                         // An Operations column only where the provider has a table.
                         {"has_operations", table > 0},
                         {"no_operations", table == 0},
                         {"table_operations", table},
                         {"rows", std::move(rows)},
                         // --evidence: the calls in the code, under the names that allow them.
                         {"has_evidence", !m.app->evidence.empty()},
                         {"evidence_noun", p.noun.singular},
                         {"evidence", md_cell(m.app->evidence)},
                         {"call_rows", std::move(call_rows)}});
  }
  return Json{{"banner", banner(m.inputs, md_cell)},
              {"app",
               {{"name", md_cell(m.app->name)},
                {"id", m.app->id},
                {"created", md_cell(m.app->created)},
                {"reads_only", m.app->reads_only}}},
              {"providers", std::move(providers)}};
}

}  // namespace scopegen::view

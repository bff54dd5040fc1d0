#include "review/review_rows.hpp"
#include "targets/common/builders.hpp"
#include "targets/common/common.hpp"

namespace scopegen::view {

// review.json: the review document's rows for tools and form filling, one object per requested
// scope or permission, the text as the tables give it (the JSON library escapes it).
std::optional<Json> json_model_view(const model::Model& m) {
  if (!m.app) return std::nullopt;
  Json rows = Json::array();
  for (const model::AppProvider& ap : m.app->providers) {
    const model::Provider& p = m.providers[ap.provider];
    const bool table = review::table_operations(m, ap) > 0;
    for (const review::ReviewRow& r : review::review_rows(m, ap)) {
      Json row{
          {"provider", p.id},         {"provider_name", p.name}, {"kind", p.noun.singular},
          {"name", r.name},           {"access", r.access},      {"description", r.description},
          {"needed_by", r.needed_by}, {"purpose", r.purpose},    {"restrictions", r.restrictions},
          {"notes", r.notes}};
      // With an operation table: the declared operations needing the name, then every one of
      // the table it allows under the profile's scheme (keys, table order).
      if (table) {
        row["operations"] = r.operations;
        row["allows_operations"] = r.allows;
      }
      // With --evidence: the calls the scan found that the name allows.
      if (!m.app->evidence.empty()) {
        Json calls = Json::array();
        for (const review::CallRow& c : r.calls) {
          calls.push_back({{"file", c.file},
                           {"line", c.line},
                           {"column", c.column},
                           {"operations", c.operations}});
        }
        row["calls"] = std::move(calls);
      }
      rows.push_back(std::move(row));
    }
  }
  Json doc{{"app", {{"id", m.app->id}, {"name", m.app->name}, {"created", m.app->created}}},
           {"rows", std::move(rows)}};
  if (!m.app->evidence.empty()) doc["evidence"] = m.app->evidence;
  std::string text = doc.dump(2) + "\n";
  return Json{{"document_json", std::move(text)}, {"profile_schema_json", json_profile_schema(m)}};
}

}  // namespace scopegen::view

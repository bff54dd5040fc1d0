#include "review/review_rows.hpp"

#include <algorithm>

#include "review/lint.hpp"
#include "review/sources.hpp"

namespace scopegen::review {

namespace {

std::string joined_purposes(const std::vector<Source>& sources) {
  std::vector<std::string> seen;
  std::string out;
  for (const Source& s : sources) {
    if (s.purpose.empty() || std::find(seen.begin(), seen.end(), s.purpose) != seen.end()) continue;
    seen.push_back(s.purpose);
    out += (out.empty() ? "" : " ") + s.purpose;
  }
  return out;
}

}  // namespace

std::vector<ReviewRow> review_rows(const model::Model& model, const model::AppProvider& request) {
  const model::Provider& p = model.providers[request.provider];
  const auto sources = requirement_sources(model, request);
  std::vector<ReviewRow> rows;
  for (model::Index i : request.required) {
    const model::Entry& e = p.entries[i];
    const std::vector<Source>& why = sources.at(i);
    ReviewRow row{
        e.name, e.read_only ? "read" : "write", e.description, {}, joined_purposes(why), {}, {}};
    for (const Source& s : why) row.needed_by.push_back(s.for_reviewer);
    for (model::Index r : e.restrictions) {
      const auto done = request.arrangements.find(r);
      row.restrictions.push_back(
          p.restrictions[r].name + ": " +
          (done != request.arrangements.end()
               ? done->second
               : "NOT YET ARRANGED (" + std::string(what_to_arrange(p, r)) + ")"));
    }
    if (e.sensitive) row.notes.push_back("sensitive");
    if (!e.unconfirmed.empty()) row.notes.push_back("unconfirmed: " + e.unconfirmed);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace scopegen::review

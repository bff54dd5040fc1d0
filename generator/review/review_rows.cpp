#include "review/review_rows.hpp"

#include <algorithm>

#include "model/least_privilege.hpp"
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

// The table operations entry `i` allows under the profile's scheme: the names of their
// any-of lists include it or a name it implies (as generated canCall counts a grant).
std::vector<std::string> operations_allowed(const model::Provider& p, model::Index scheme,
                                            model::Index i) {
  const model::Entry& e = p.entries[i];
  const auto grants = [&](model::Index n) {
    return n == i || std::find(e.implied_closure.begin(), e.implied_closure.end(), n) !=
                         e.implied_closure.end();
  };
  std::vector<std::string> out;
  for (const model::Operation& op : p.operations) {
    const model::OperationNeed& need = op.needs[scheme];
    if (need.status != model::NeedStatus::mapped) continue;
    if (std::any_of(need.any_of.begin(), need.any_of.end(), grants)) out.push_back(op.key);
  }
  return out;
}

// The calls whose operations entry `i` allows under the scheme; of an ambiguous call, the
// candidates it allows.
std::vector<CallRow> calls_allowed(const model::Provider& p, model::Index scheme,
                                   const std::vector<model::CallSite>& calls, model::Index i) {
  std::vector<CallRow> out;
  for (const model::CallSite& c : calls) {
    CallRow row{c.file, c.line, c.column, {}};
    for (model::Index op : c.operations) {
      if (model::allowed_by(p, p.operations[op].needs[scheme], {i}))
        row.operations.push_back(p.operations[op].key);
    }
    if (!row.operations.empty()) out.push_back(std::move(row));
  }
  return out;
}

}  // namespace

std::size_t table_operations(const model::Model& model, const model::AppProvider& request) {
  return model.providers[request.provider].operations.size();
}

std::vector<ReviewRow> review_rows(const model::Model& model, const model::AppProvider& request) {
  const model::Provider& p = model.providers[request.provider];
  const auto sources = requirement_sources(model, request);
  std::vector<ReviewRow> rows;
  for (model::Index i : request.required) {
    const model::Entry& e = p.entries[i];
    const std::vector<Source>& why = sources.at(i);
    ReviewRow row{e.name,
                  e.read_only ? "read" : "write",
                  e.description,
                  {},
                  joined_purposes(why),
                  {},
                  {},
                  {},
                  {},
                  {}};
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
    if (const auto by = request.needed_by_operations.find(i);
        by != request.needed_by_operations.end()) {
      row.operations = by->second;
    }
    const model::Index scheme = p.schemes.empty() ? 0 : request.scheme;
    row.allows = operations_allowed(p, scheme, i);
    row.calls = calls_allowed(p, scheme, request.calls, i);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace scopegen::review

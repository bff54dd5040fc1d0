#include "model/schemes.hpp"

#include <algorithm>
#include <iterator>

#include "model/least_privilege.hpp"
#include "model/resolve.hpp"

namespace scopegen::model {

namespace {

bool is_broad(const Entry& e) {
  return e.role == Role::retiring;
}

using Convert = std::vector<Index> (*)(const Provider&, const std::vector<Index>&);

std::vector<Index> required_on(const Provider& p, const AppProvider& app, Index list, Index other,
                               Convert convert) {
  std::vector<Index> out(p.always_required);
  for (const std::string& id : app.use_cases) {
    const UseCase& u = *p.use_case(id);
    const auto& entries =
        u.lists[list].known ? u.lists[list].entries : convert(p, u.lists[other].entries);
    out.insert(out.end(), entries.begin(), entries.end());
  }
  std::vector<Index> requested;
  for (const Request& r : app.requests) requested.push_back(r.entry);
  const auto converted = convert(p, requested);
  out.insert(out.end(), converted.begin(), converted.end());
  // The calls the profile declares, each under this scheme's own table column.
  std::vector<Index> calls;
  for (const OperationUse& u : app.operations) calls.push_back(u.operation);
  (void)derive_least_privilege(p, calls, list, out);
  return catalogue_order(std::move(out));
}

}  // namespace

std::vector<Index> to_granular(const Provider& p, const std::vector<Index>& scopes) {
  std::vector<Index> out;
  for (Index i : scopes) {
    const Entry& e = p.entries[i];
    if (is_broad(e)) {
      out.insert(out.end(), e.replaced_by.begin(), e.replaced_by.end());
    } else {
      out.push_back(i);
    }
  }
  return catalogue_order(std::move(out));
}

std::vector<Index> to_broad(const Provider& p, const std::vector<Index>& scopes) {
  // Built per call: one pass over the catalogue, not one per scope.
  std::vector<std::vector<Index>> replaces(p.entries.size());
  for (Index b = 0; b < p.entries.size(); ++b) {
    if (!is_broad(p.entries[b])) continue;
    for (Index g : p.entries[b].replaced_by) replaces[g].push_back(b);
  }
  std::vector<Index> out;
  for (Index i : scopes) {
    if (replaces[i].empty()) {
      out.push_back(i);
    } else {
      out.insert(out.end(), replaces[i].begin(), replaces[i].end());
    }
  }
  return catalogue_order(std::move(out));
}

SchemeSets required_by_scheme(const Provider& p, const AppProvider& app) {
  constexpr Index kRetiring = Provider::kRetiringScheme;
  constexpr Index kCurrent = Provider::kCurrentScheme;
  SchemeSets sets{required_on(p, app, kRetiring, kCurrent, to_broad),
                  required_on(p, app, kCurrent, kRetiring, to_granular),
                  {}};
  std::set_difference(sets.granular.begin(), sets.granular.end(), sets.broad.begin(),
                      sets.broad.end(), std::back_inserter(sets.reconsent));
  return sets;
}

}  // namespace scopegen::model

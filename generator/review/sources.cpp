#include "review/sources.hpp"

#include <algorithm>

namespace scopegen::review {

const model::ScopeList& selected_list(const model::AppProvider& request, const model::UseCase& u) {
  return u.lists[request.scheme];
}

namespace {
// The profile's own purpose for a name wins over the defaults (a use case's justification).
std::string purpose_of(const model::AppProvider& request, model::Index i,
                       const std::string& fallback) {
  const auto own = request.purposes.find(i);
  return own != request.purposes.end() ? own->second : fallback;
}
}  // namespace

std::map<model::Index, std::vector<Source>> requirement_sources(const model::Model& model,
                                                                const model::AppProvider& request) {
  const model::Provider& p = model.providers[request.provider];
  std::map<model::Index, std::vector<Source>> out;
  for (const model::Request& r : request.requests) {
    out[r.entry].push_back({"requested", r.purpose, r.pos, "requested"});
  }
  for (std::size_t k = 0; k < request.use_cases.size(); ++k) {
    const model::UseCase* u = p.use_case(request.use_cases[k]);
    for (model::Index i : selected_list(request, *u).entries) {
      out[i].push_back({"use case '" + u->id + "'", purpose_of(request, i, u->justification),
                        request.use_case_pos[k], "use case " + u->label.en});
    }
  }
  for (model::Index i : p.always_required) {
    {
      out[i].push_back(
          {"always required", purpose_of(request, i, ""), request.pos, "always required"});
    }
  }
  for (const auto& [i, keys] : request.needed_by_operations) {
    std::string calls;
    for (const std::string& k : keys) calls += (calls.empty() ? "" : ", ") + k;
    const std::string& first_key = keys.front();  // clang 14 cannot capture a binding
    const auto first = std::find_if(
        request.operations.begin(), request.operations.end(),
        [&](const model::OperationUse& u) { return p.operations[u.operation].key == first_key; });
    out[i].push_back({"operation " + calls, purpose_of(request, i, ""),
                      first == request.operations.end() ? request.pos : first->pos,
                      "operations " + calls});
  }
  if (!request.events.empty()) {
    std::string events;
    for (const std::string& e : request.events) events += (events.empty() ? "" : ", ") + e;
    for (model::Index i : p.events_require) {
      out[i].push_back(
          {"event subscriptions",
           purpose_of(request, i, "Receive the events this app subscribes to: " + events),
           request.pos, "event subscriptions"});
    }
  }
  return out;
}

}  // namespace scopegen::review

#include "model/least_privilege.hpp"

#include <algorithm>
#include <numeric>

namespace scopegen::model {

std::optional<Index> allowed_by(const Provider& p, const OperationNeed& need,
                                const std::vector<Index>& required) {
  if (need.status != NeedStatus::mapped) return std::nullopt;
  for (Index option : need.any_of) {
    for (Index r : required) {
      const auto& closure = p.entries[r].implied_closure;
      if (r == option || std::binary_search(closure.begin(), closure.end(), option)) return r;
    }
  }
  return std::nullopt;
}

Index least_privileged(const Provider& p, const OperationNeed& need) {
  return *std::min_element(need.any_of.begin(), need.any_of.end(), [&](Index a, Index b) {
    const Entry& x = p.entries[a];
    const Entry& y = p.entries[b];
    if (x.read_only != y.read_only) return x.read_only;
    return x.implied_closure.size() < y.implied_closure.size();
  });
}

std::vector<std::optional<Index>> derive_least_privilege(const Provider& p,
                                                         const std::vector<Index>& operations,
                                                         Index scheme,
                                                         std::vector<Index>& required) {
  std::vector<std::optional<Index>> out(operations.size());
  std::vector<std::size_t> order(operations.size());
  std::iota(order.begin(), order.end(), 0);
  const auto choices = [&](std::size_t k) {
    return p.operations[operations[k]].needs[scheme].any_of.size();
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return choices(a) < choices(b); });
  for (std::size_t k : order) {
    const OperationNeed& need = p.operations[operations[k]].needs[scheme];
    if (need.status != NeedStatus::mapped || need.any_of.empty()) continue;
    if (allowed_by(p, need, required)) continue;
    out[k] = least_privileged(p, need);
    required.push_back(*out[k]);
  }
  return out;
}

}  // namespace scopegen::model

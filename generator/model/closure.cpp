#include "model/closure.hpp"

#include <vector>

#include "model/resolve.hpp"

namespace scopegen::model {

void compute_closures(Provider& provider) {
  const std::size_t n = provider.entries.size();
  for (Index start = 0; start < n; ++start) {
    std::vector<bool> seen(n, false);
    std::vector<Index> stack(provider.entries[start].implies);
    std::vector<Index> reached;
    while (!stack.empty()) {
      const Index i = stack.back();
      stack.pop_back();
      if (seen[i]) continue;
      seen[i] = true;
      if (i != start) reached.push_back(i);
      for (Index next : provider.entries[i].implies) {
        if (!seen[next]) stack.push_back(next);
      }
    }
    provider.entries[start].implied_closure = catalogue_order(std::move(reached));
  }
}

}  // namespace scopegen::model

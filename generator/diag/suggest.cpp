#include "diag/suggest.hpp"

#include <algorithm>
#include <vector>

namespace scopegen::diag {

namespace {
// Optimal string alignment distance: a transposition ("acocunting") counts as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      }
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}
}  // namespace

std::optional<std::string> suggest(std::string_view wrong, std::span<const std::string> candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const std::string& c : candidates) {
    if (c == wrong) continue;
    const std::size_t limit = std::max<std::size_t>(1, std::max(c.size(), wrong.size()) / 3);
    // Length alone already rules most candidates out; skip the quadratic work for them.
    const std::size_t gap = c.size() > wrong.size() ? c.size() - wrong.size() : wrong.size() - c.size();
    if (gap > limit) continue;
    const std::size_t d = edit_distance(wrong, c);
    if (d <= limit && (!best || d < best_distance || (d == best_distance && c < *best))) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view wrong, std::span<const std::string> candidates) {
  if (auto s = suggest(wrong, candidates)) return " (did you mean '" + *s + "'?)";
  return {};
}

}  // namespace scopegen::diag

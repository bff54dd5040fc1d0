#include "diag/suggest.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace scopegen::diag {

namespace {

// What one thread may still spend on suggestions, in units of about one comparison each. A
// run is one process, so this is per run; the budget is far beyond what real tables spend
// (data/ with every name misspelled: a few thousand) and bounds what a hostile one costs.
thread_local std::size_t work_left = kSuggestWorkBudget;

}  // namespace

void reset_suggestion_budget() {
  work_left = kSuggestWorkBudget;
}

namespace {

bool spend(std::size_t units) {
  if (units > work_left) {
    work_left = 0;
    return false;
  }
  work_left -= units;
  return true;
}

// Bag distance: characters of one name the other lacks (counted with repeats), the larger side.
// No edit, transposition included, changes either side by more than one, so it is a lower
// bound of the edit distance, found in linear time. `counts` holds `a`'s characters and is
// left as it was.
std::size_t bag_distance(std::array<int, 256>& counts, std::size_t a_size, std::string_view b) {
  std::size_t unmatched_a = a_size;
  std::size_t unmatched_b = 0;
  for (const char ch : b) {
    int& n = counts[static_cast<unsigned char>(ch)];
    if (n > 0) {
      --unmatched_a;
    } else {
      ++unmatched_b;
    }
    --n;
  }
  for (const char ch : b) ++counts[static_cast<unsigned char>(ch)];
  return std::max(unmatched_a, unmatched_b);
}

// Optimal string alignment distance (a transposition, "acocunting", counts as one edit), when
// it is at most `limit`; otherwise limit + 1. Only the diagonal band |i - j| <= limit can hold
// such a path, so each row computes at most 2 * limit + 1 cells, and the rows stop as soon as
// one has no cell within the limit (a later row can only be worse: a transposition from two rows
// back costs no less than the substitution the row between allows). `cells` counts the work.
std::size_t bounded_distance(std::string_view a, std::string_view b, std::size_t limit,
                             std::size_t& cells) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  const std::size_t over = limit + 1;
  std::vector<std::size_t> prev2(m + 2, over), prev(m + 2, over), cur(m + 2, over);
  for (std::size_t j = 0; j <= std::min(m, limit); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    const std::size_t lo = i > limit ? i - limit : 1;
    const std::size_t hi = std::min(m, i + limit);
    cur[lo - 1] = lo == 1 && i <= limit ? i : over;
    std::size_t row_min = cur[lo - 1];
    for (std::size_t j = lo; j <= hi; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d = std::min(d, prev2[j - 2] + 1);
      cur[j] = std::min(d, over);
      row_min = std::min(row_min, cur[j]);
    }
    cur[hi + 1] = over;  // the next row reads one column past this band
    cells += hi + 2 - lo;
    if (row_min > limit) return over;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return n + limit >= m ? prev[m] : over;
}

}  // namespace

std::optional<std::string> suggest(std::string_view wrong, std::size_t count,
                                   const std::function<std::string_view(std::size_t)>& candidate) {
  if (wrong.size() > kMaxSuggestedLength || !spend(1)) return std::nullopt;
  std::array<int, 256> counts{};
  for (const char ch : wrong) ++counts[static_cast<unsigned char>(ch)];
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (std::size_t i = 0; i < count; ++i) {
    if (!spend(1)) break;
    const std::string_view c = candidate(i);
    if (c.size() > kMaxSuggestedLength) continue;
    std::size_t limit = std::max<std::size_t>(1, std::max(c.size(), wrong.size()) / 3);
    // A worse candidate than the best so far is not worth its distance.
    if (best) limit = std::min(limit, best_distance);
    // Length, then the characters, rule most candidates out before the quadratic work.
    const std::size_t gap =
        c.size() > wrong.size() ? c.size() - wrong.size() : wrong.size() - c.size();
    if (gap > limit || !spend(c.size()) || bag_distance(counts, wrong.size(), c) > limit) continue;
    std::size_t cells = 0;
    const std::size_t d = bounded_distance(wrong, c, limit, cells);
    if (!spend(cells)) break;
    // Distance 0: the name itself, which is no suggestion.
    if (d > 0 && d <= limit && (!best || d < best_distance || (d == best_distance && c < *best))) {
      best = std::string(c);
      best_distance = d;
    }
  }
  return best;
}

std::optional<std::string> suggest(std::string_view wrong,
                                   std::span<const std::string> candidates) {
  return suggest(wrong, candidates.size(),
                 [&](std::size_t i) -> std::string_view { return candidates[i]; });
}

std::string did_you_mean(std::string_view wrong, std::size_t count,
                         const std::function<std::string_view(std::size_t)>& candidate) {
  if (auto s = suggest(wrong, count, candidate)) return " (did you mean '" + *s + "'?)";
  return {};
}

std::string did_you_mean(std::string_view wrong, std::span<const std::string> candidates) {
  return did_you_mean(wrong, candidates.size(),
                      [&](std::size_t i) -> std::string_view { return candidates[i]; });
}

}  // namespace scopegen::diag

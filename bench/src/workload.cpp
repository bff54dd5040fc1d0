#include "workload.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_set>
#include <utility>

namespace bench {

namespace {

char upper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

// One non-name derived from `name`, of the given kind (0 typo, 1 wrong case, 2 truncation, 3
// empty).
std::string make_miss(std::string_view name, int kind, Rng& rng) {
  std::string s(name);
  switch (kind) {
    case 0: {  // one character replaced by another lowercase letter
      const std::size_t at = rng.below(s.size());
      char c = static_cast<char>('a' + rng.below(26));
      if (c == s[at]) c = c == 'z' ? 'a' : static_cast<char>(c + 1);
      s[at] = c;
      break;
    }
    case 1:  // whole name upper case, or only its first letter
      if (rng.below(2) == 0) {
        std::transform(s.begin(), s.end(), s.begin(), upper);
      } else {
        s[0] = upper(s[0]);
      }
      break;
    case 2:  // cut after 1 .. size-1 characters
      s.resize(1 + rng.below(s.size() - 1));
      break;
    default:
      s.clear();
      break;
  }
  return s;
}

}  // namespace

Workload make_workload(const std::vector<std::string_view>& names, std::uint64_t seed) {
  if (names.size() < 2) throw std::invalid_argument("make_workload: too few names");
  Rng rng{seed};
  const std::unordered_set<std::string_view> known(names.begin(), names.end());

  // kBatch distinct-ish misses, kinds in a fixed 3:3:3:1 rotation.
  std::vector<std::string> misses;
  std::size_t kinds[4] = {};
  std::unordered_set<std::string> seen_miss;
  while (misses.size() < kBatch) {
    const std::size_t k = misses.size() % 10;
    const int kind = k < 3 ? 0 : k < 6 ? 1 : k < 9 ? 2 : 3;
    std::string m = make_miss(names[rng.below(names.size())], kind, rng);
    if (known.count(m) != 0) continue;  // a truncation or typo that is another name
    ++kinds[kind];
    seen_miss.insert(m);
    misses.push_back(std::move(m));
  }

  // The buffer: every name once, then every miss, space-separated; then views into it.
  auto buffer = std::make_shared<std::string>();
  std::vector<std::pair<std::size_t, std::size_t>> name_at, miss_at;
  for (std::string_view n : names) {
    name_at.emplace_back(buffer->size(), n.size());
    buffer->append(n);
    *buffer += ' ';
  }
  for (const std::string& m : misses) {
    miss_at.emplace_back(buffer->size(), m.size());
    buffer->append(m);
    *buffer += ' ';
  }
  const std::string_view all(*buffer);
  Workload w;
  w.buffer = buffer;
  for (auto [at, n] : name_at) w.every.push_back(all.substr(at, n));
  std::vector<std::string_view> miss_views;
  for (auto [at, n] : miss_at) miss_views.push_back(all.substr(at, n));
  {
    std::unordered_set<std::string_view> distinct;
    for (std::string_view m : miss_views) {
      if (distinct.insert(m).second) w.misses_all.push_back(m);
    }
  }
  for (std::size_t i = 0; i < kBatch; ++i) w.hit.push_back(w.every[rng.below(w.every.size())]);
  w.miss = miss_views;
  // Shuffle the misses so kinds are not in rotation order.
  for (std::size_t i = w.miss.size(); i > 1; --i) std::swap(w.miss[i - 1], w.miss[rng.below(i)]);
  // Mix: exactly 10% (102 of 1024) misses, at random positions.
  const std::size_t miss_count = kBatch / 10;
  for (std::size_t i = 0; i < kBatch; ++i) {
    w.mix.push_back(i < miss_count ? w.miss[i] : w.every[rng.below(w.every.size())]);
  }
  for (std::size_t i = w.mix.size(); i > 1; --i) std::swap(w.mix[i - 1], w.mix[rng.below(i)]);
  std::copy(std::begin(kinds), std::end(kinds), std::begin(w.miss_kinds));
  return w;
}

}  // namespace bench

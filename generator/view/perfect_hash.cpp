#include "view/perfect_hash.hpp"

#include <algorithm>
#include <bit>
#include <numeric>
#include <stdexcept>

namespace scopegen::view {

namespace {

constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
constexpr std::uint64_t kFinal = 0xD6E8FEB86659FD93ull;

std::uint64_t load(const char* p, std::size_t n) {
  std::uint64_t w = 0;
  for (std::size_t i = 0; i < n; ++i) w |= std::uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
  return w;
}

}  // namespace

std::uint64_t name_hash(std::string_view s, std::uint64_t seed) {
  std::uint64_t h = seed ^ (s.size() * kMul);
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    h = (h ^ load(p, 8)) * kMul;
    h ^= h >> 29;
  }
  if (n > 0) {
    h = (h ^ load(p, n)) * kMul;
    h ^= h >> 29;
  }
  h ^= h >> 32;
  h *= kFinal;
  h ^= h >> 32;
  return h;
}

std::uint32_t slot_of(std::uint64_t hash, std::uint32_t displacement, std::uint32_t slot_mask) {
  const auto h1 = static_cast<std::uint32_t>(hash >> 32);
  const auto h2 = static_cast<std::uint32_t>(hash >> 8) | 1u;
  return (h1 + displacement * h2) & slot_mask;
}

PerfectHash build_perfect_hash(const std::vector<std::string>& names) {
  const std::size_t n = names.size();
  PerfectHash phf;
  const std::size_t buckets = std::bit_ceil(std::max<std::size_t>(1, (n + 1) / 2));
  const std::size_t slots = std::bit_ceil(std::max<std::size_t>(1, 2 * n));
  if (n > 0) {
    const auto [shortest, longest] = std::minmax_element(
        names.begin(), names.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
    phf.min_length = shortest->size();
    phf.max_length = longest->size();
  }
  constexpr std::uint32_t kMaxDisplacement = 1u << 16;
  for (std::uint64_t attempt = 0;; ++attempt) {
    phf.seed = attempt * kMul + 0x5CA1AB1Eull;
    phf.displacements.assign(buckets, 0);
    phf.slots.assign(slots, 0);
    std::vector<std::uint64_t> hashes(n);
    std::vector<std::vector<std::size_t>> members(buckets);
    for (std::size_t i = 0; i < n; ++i) {
      hashes[i] = name_hash(names[i], phf.seed);
      members[hashes[i] & (buckets - 1)].push_back(i);
    }
    std::vector<std::size_t> order(buckets);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return members[a].size() > members[b].size(); });
    bool placed_all = true;
    const auto mask = static_cast<std::uint32_t>(slots - 1);
    std::vector<std::uint32_t> taken;
    for (std::size_t b : order) {
      if (members[b].empty()) break;
      bool placed = false;
      for (std::uint32_t d = 0; d < kMaxDisplacement && !placed; ++d) {
        taken.clear();
        placed = true;
        for (std::size_t i : members[b]) {
          const std::uint32_t s = slot_of(hashes[i], d, mask);
          if (phf.slots[s] != 0 || std::find(taken.begin(), taken.end(), s) != taken.end()) {
            placed = false;
            break;
          }
          taken.push_back(s);
        }
        if (placed) {
          phf.displacements[b] = d;
          for (std::size_t k = 0; k < members[b].size(); ++k) {
            phf.slots[taken[k]] = static_cast<std::uint32_t>(members[b][k] + 1);
          }
        }
      }
      if (!placed) {
        placed_all = false;
        break;
      }
    }
    if (placed_all) return phf;
    if (attempt > 1000) throw std::runtime_error("perfect hash: no seed found (duplicate names?)");
  }
}

std::optional<std::size_t> lookup(const PerfectHash& phf, const std::vector<std::string>& names,
                                  std::string_view s) {
  if (s.size() < phf.min_length || s.size() > phf.max_length) return std::nullopt;
  const std::uint64_t h = name_hash(s, phf.seed);
  const std::uint32_t d = phf.displacements[h & (phf.displacements.size() - 1)];
  const std::uint32_t slot = phf.slots[slot_of(h, d, static_cast<std::uint32_t>(phf.slots.size() - 1))];
  if (slot == 0 || names[slot - 1] != s) return std::nullopt;
  return slot - 1;
}

}  // namespace scopegen::view

// Inputs of the lookup benchmarks: hits, misses and a 90/10 mix over one catalogue's names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

/// splitmix64: the same numbers on every standard library (no std::*_distribution).
struct Rng {
  std::uint64_t state;
  std::uint64_t next() noexcept {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) noexcept { return static_cast<std::size_t>(next() % n); }
};

/// Every lookup batch has this many inputs; benchmarks report time per batch / kBatch.
inline constexpr std::size_t kBatch = 1024;

struct Workload {
  // Views point into *buffer: names separated by spaces, like a split `scope` claim, so no
  // view is NUL-terminated and the inputs share cache lines the way real ones do.
  std::shared_ptr<const std::string> buffer;
  std::vector<std::string_view> hit;    // kBatch uniform random names
  std::vector<std::string_view> miss;   // kBatch non-names: typos, wrong case, truncations, empty
  std::vector<std::string_view> mix;    // kBatch: 90% from hit, 10% from miss, shuffled
  std::vector<std::string_view> every;  // each name once, in enumerator order (for checks)
  std::vector<std::string_view> misses_all;  // every distinct miss (for checks)
  std::size_t miss_kinds[4] = {};            // typo, wrong case, truncation, empty
};

/// Deterministic for (names, seed). Misses are checked not to be names.
Workload make_workload(const std::vector<std::string_view>& names, std::uint64_t seed);

}  // namespace bench

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// The perfect hash behind the generated parse(): one word-at-a-time hash, a displacement per
/// bucket, one slot table and a single string compare. The hash here and the one in
/// templates/cpp/scopegen/core.hpp.mustache must stay the same function: the consumer test
/// parses every name of every catalogue through the generated code, so a drift fails it.
namespace scopegen::view {

struct PerfectHash {
  std::uint64_t seed = 0;
  std::vector<std::uint32_t> displacements;  // per bucket; size is a power of two
  std::vector<std::uint32_t> slots;          // entry index + 1, 0 = empty; power of two
  std::size_t min_length = 0;
  std::size_t max_length = 0;
};

/// name_hash("openid", seed): the 64-bit hash both sides compute.
[[nodiscard]] std::uint64_t name_hash(std::string_view s, std::uint64_t seed);

/// The slot a hash lands in for a displacement.
[[nodiscard]] std::uint32_t slot_of(std::uint64_t hash, std::uint32_t displacement,
                                    std::uint32_t slot_mask);

/// Builds a perfect hash of distinct names; deterministic (same names, same tables).
[[nodiscard]] PerfectHash build_perfect_hash(const std::vector<std::string>& names);

/// The index of `s` among `names`, as the generated parse() finds it.
[[nodiscard]] std::optional<std::size_t> lookup(const PerfectHash& phf,
                                                const std::vector<std::string>& names,
                                                std::string_view s);

}  // namespace scopegen::view

#pragma once

#include <string>
#include <vector>

#include "targets/registry.hpp"

// What a generated parse() is made of, as template text, shared by the scope and operation views.
namespace scopegen::view {

/// Where the perfect hash's tables and lookup live in a header: its tables are named
/// detail::<prefix>Seed, ...Displacements, ...Slots ("k": kSeed; "kOperation": kOperationSeed),
/// slots point into the constexpr array `names_array` ("kNames"), the lookup reads the
/// std::string_view `arg` and returns a `result` enumerator.
struct CppHashNames {
  std::string prefix;
  std::string names_array;
  std::string arg;
  std::string result;
};

/// The perfect hash of `names` as _perfect_hash_tables and _perfect_hash_lookup print it: seed,
/// displacements, slots, the length range, and the names above.
[[nodiscard]] Json cpp_perfect_hash_view(const std::vector<std::string>& names,
                                         const CppHashNames& where);

/// The smallest unsigned type holding `max_value`: 255 -> "std::uint8_t".
[[nodiscard]] std::string cpp_smallest_unsigned(std::size_t max_value);

}  // namespace scopegen::view

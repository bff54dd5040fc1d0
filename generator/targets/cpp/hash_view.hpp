#pragma once

#include <string>
#include <vector>

#include "targets/registry.hpp"

// What a generated parse() is made of, as template text, shared by the scope and operation views.
namespace scopegen::view {

/// The perfect hash of `names` as the provider templates print it: seed, displacements, slots
/// (each pointing into the constexpr array `names_array`, e.g. "kNames"), the length range.
[[nodiscard]] Json cpp_perfect_hash_view(const std::vector<std::string>& names,
                                         const std::string& names_array);

/// The smallest unsigned type holding `max_value`: 255 -> "std::uint8_t".
[[nodiscard]] std::string cpp_smallest_unsigned(std::size_t max_value);

}  // namespace scopegen::view

#pragma once

#include <string>
#include <string_view>

// What every target's comment escaping starts from; each target's escape.hpp adds its own rules.
namespace scopegen::view {

/// One line of printable text: layout controls (line and paragraph separators, bidi controls)
/// become spaces, runs of spaces fold, other UTF-8 stays; a byte that is not UTF-8 becomes '?'.
///   "a\u2028b \u202Ec"  ->  "a b c"
[[nodiscard]] std::string one_line(std::string_view s);

/// Replaces every `from` in `s` by `to`, left to right, never rescanning a replacement.
void replace_all(std::string& s, std::string_view from, std::string_view to);

}  // namespace scopegen::view

#pragma once

#include <string>
#include <string_view>

/// How a table string enters generated C++. Templates print these results as they are (the
/// Mustache wrapper escapes nothing), so a string from a table is inert whatever it holds:
/// quotes, backslashes, "??/", newlines, NUL, U+2028.
namespace scopegen::view {

/// A C++ expression of type-compatible with std::string_view holding exactly `s`:
///   "a\"b"                           for ordinary text,
///   std::string_view("a\000b", 3)    when `s` holds a NUL byte (a plain literal would stop there).
/// Non-ASCII bytes and controls become 3-digit octal escapes, '?' becomes \? (no trigraphs).
[[nodiscard]] std::string cpp_string(std::string_view s);

/// Always the explicit-length form, std::string_view("a\"b", 3): the length is the byte count
/// of `s`, so a compiler reading a large table of these never works out a literal's length
/// (char_traits::length in a constant expression), which is most of a big header's cost.
[[nodiscard]] std::string cpp_string_view(std::string_view s);

/// Text safe inside a // comment: one line, no control characters, no backslash that could
/// splice the next line, no "??/" trigraph. Line separators (U+0085, U+2028, U+2029) and
/// bidirectional controls (U+061C, U+200E/F, U+202A-E, U+2066-9) become spaces, like controls:
///   "a\u2028b \u202Ec\\"  ->  "a b c/"
/// Other UTF-8 stays as it is ("café" stays "café").
[[nodiscard]] std::string cpp_comment(std::string_view s);

}  // namespace scopegen::view

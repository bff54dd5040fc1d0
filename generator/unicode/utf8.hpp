#pragma once

#include <cstddef>
#include <string_view>

/// UTF-8 as every stage reads it: the loader validating tables, the views escaping strings into
/// comments, the diagnostics printing table text. One decoder, so they agree on what is valid.
namespace scopegen::unicode {

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;  // bytes; 0 when s[i] does not start a valid sequence
};

/// The code point whose UTF-8 sequence starts at `s[i]` (i < s.size()). Overlong forms,
/// surrogates, code points past U+10FFFF and truncated sequences are not valid:
/// decode("é", 0) == {U+00E9, 2}; decode("\xC3", 0).length == 0.
[[nodiscard]] CodePoint decode(std::string_view s, std::size_t i);

/// Characters that change how text is laid out rather than what it says: C0 and C1 controls,
/// DEL, the line and paragraph separators, the bidirectional marks, embeddings, overrides and
/// isolates (Trojan Source), the zero-width characters and the BOM. Quoted table text must never
/// carry one into a comment or a terminal as it is.
[[nodiscard]] bool is_layout_control(char32_t c);

/// The 1-based UTF-16 column (SARIF's default `columnKind`, and what editors written in
/// JavaScript count) of the 1-based byte `column` of `line`, the text of that line from its
/// first byte: a code point past U+FFFF counts 2, any other 1; a byte that starts no valid
/// sequence counts 1 (it is shown as U+FFFD). utf16_column("é = x", 4) == 3.
[[nodiscard]] int utf16_column(std::string_view line, int column);

}  // namespace scopegen::unicode

#include "unicode/utf8.hpp"

#include <algorithm>

namespace scopegen::unicode {

CodePoint decode(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  unsigned min_second = 0x80;
  unsigned max_second = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) min_second = 0xA0;  // overlong
    if (lead == 0xED) max_second = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) min_second = 0x90;  // overlong
    if (lead == 0xF4) max_second = 0x8F;  // past U+10FFFF
  } else {
    return {};
  }
  if (i + length > s.size() || byte(i + 1) < min_second || byte(i + 1) > max_second) return {};
  char32_t value = lead & (0x3Fu >> (length - 1));
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {};
    value = (value << 6) | (byte(i + k) & 0x3Fu);
  }
  return {value, length};
}

bool is_layout_control(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) ||  // C0, DEL, C1
         c == 0x061C ||                           // Arabic letter mark
         (c >= 0x200B && c <= 0x200F) ||          // zero-width space and joiners, LRM, RLM
         (c >= 0x2028 && c <= 0x202E) ||  // line/paragraph separators, embeddings, overrides
         (c >= 0x2060 && c <= 0x2069) ||  // word joiner, invisible operators, isolates
         c == 0xFEFF;                     // BOM, zero-width no-break space
}

int utf16_column(std::string_view line, int column) {
  const std::size_t end =
      column > 1 ? std::min(line.size(), static_cast<std::size_t>(column - 1)) : std::size_t{0};
  int units = 0;
  std::size_t i = 0;
  while (i < end) {
    const CodePoint c = decode(line, i);
    units += c.value > 0xFFFF ? 2 : 1;
    i += c.length == 0 ? 1 : c.length;
  }
  // A column past the line's end (or inside a sequence) keeps its distance from the last byte.
  return units + 1 + static_cast<int>(i > end ? 0 : (column > 1 ? column - 1 - end : 0));
}

}  // namespace scopegen::unicode

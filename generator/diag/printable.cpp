#include "diag/printable.hpp"

#include <cstdint>

namespace scopegen::diag {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

void append_byte_escape(std::string& out, unsigned char byte) {
  out += "\\x";
  out += kHex[byte >> 4];
  out += kHex[byte & 0xF];
}

// Format characters that reorder, hide or break text: Trojan-source material.
constexpr bool invisible(std::uint32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) ||      // C1 controls
         (cp >= 0x200B && cp <= 0x200F) ||  // zero-width space/joiners, LRM, RLM
         (cp >= 0x2028 && cp <= 0x202E) ||  // line/paragraph separators, embeddings, overrides
         (cp >= 0x2060 && cp <= 0x2069) ||  // word joiner, invisible operators, isolates
         cp == 0x061C || cp == 0xFEFF;      // Arabic letter mark, BOM / zero-width no-break space
}

// Length of the well-formed UTF-8 sequence at `s[i]` and its code point; 0 when ill-formed.
std::size_t decode(std::string_view s, std::size_t i, std::uint32_t& cp) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const auto continuation = [&](std::size_t k) {
    return i + k < s.size() && (b(k) & 0xC0) == 0x80;
  };
  const unsigned char lead = b(0);
  std::size_t n = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    n = 2;
    cp = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    n = 3;
    cp = lead & 0x0Fu;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    n = 4;
    cp = lead & 0x07u;
  } else {
    return 0;
  }
  for (std::size_t k = 1; k < n; ++k) {
    if (!continuation(k)) return 0;
    cp = (cp << 6) | (b(k) & 0x3Fu);
  }
  const bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
  if (overlong || surrogate || cp > 0x10FFFF) return 0;
  return n;
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x7F) {
      out += text[i++];
    } else if (byte == '\n' || byte == '\t' || byte == '\r') {
      out += byte == '\n' ? "\\n" : byte == '\t' ? "\\t" : "\\r";
      ++i;
    } else if (byte < 0x80) {
      append_byte_escape(out, byte);
      ++i;
    } else if (std::uint32_t cp = 0; const std::size_t n = decode(text, i, cp)) {
      if (invisible(cp)) {
        out += "\\u{";
        for (int shift = cp > 0xFFFF ? 16 : 12; shift >= 0; shift -= 4)
          out += kHex[(cp >> shift) & 0xF];
        out += '}';
      } else {
        out.append(text, i, n);
      }
      i += n;
    } else {
      append_byte_escape(out, byte);
      ++i;
    }
  }
  return out;
}

}  // namespace scopegen::diag

#include "diag/printable.hpp"

#include "unicode/utf8.hpp"

namespace scopegen::diag {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

void append_byte_escape(std::string& out, unsigned char byte) {
  out += "\\x";
  out += kHex[byte >> 4];
  out += kHex[byte & 0xF];
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const unicode::CodePoint c = unicode::decode(text, i);
    if (c.length == 0) {
      append_byte_escape(out, static_cast<unsigned char>(text[i++]));
      continue;
    }
    if (c.value == '\n' || c.value == '\t' || c.value == '\r') {
      out += c.value == '\n' ? "\\n" : c.value == '\t' ? "\\t" : "\\r";
    } else if (!unicode::is_layout_control(c.value)) {
      out.append(text, i, c.length);
    } else if (c.value < 0x80) {
      append_byte_escape(out, static_cast<unsigned char>(c.value));
    } else {
      out += "\\u{";
      for (int shift = c.value > 0xFFFF ? 16 : 12; shift >= 0; shift -= 4)
        out += kHex[(c.value >> shift) & 0xF];
      out += '}';
    }
    i += c.length;
  }
  return out;
}

std::string quoted(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '\'';
  out += text;
  out += '\'';
  return out;
}

}  // namespace scopegen::diag

#include "targets/python/escape.hpp"

#include <cstdio>

#include "targets/common/text.hpp"
#include "unicode/utf8.hpp"

namespace scopegen::view {

namespace {

std::string hex(char32_t value, int digits) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*X", digits, static_cast<unsigned>(value));
  return buffer;
}

}  // namespace

std::string py_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const char ascii = s[i];
    if (ascii >= 0x20 && ascii < 0x7F && ascii != '\\' && ascii != '"' && ascii != '\'') {
      out += ascii;  // printable ASCII without quotes: as it is
      ++i;
      continue;
    }
    const unicode::CodePoint c = unicode::decode(s, i);
    // The loader rejects text that is not UTF-8; a stray byte still becomes U+FFFD, not raw.
    const char32_t value = c.length == 0 ? U'\uFFFD' : c.value;
    i += c.length == 0 ? 1 : c.length;
    if (value == '\\' || value == '"' || value == '\'') {
      out += '\\';
      out += static_cast<char>(value);
    } else if (value == '\n') {
      out += "\\n";
    } else if (value == '\t') {
      out += "\\t";
    } else if (value < 0x20 || value == 0x7F) {
      out += "\\x" + hex(value, 2);
    } else if (value < 0x80) {
      out += static_cast<char>(value);
    } else if (value <= 0xFFFF) {
      out += "\\u" + hex(value, 4);
    } else {
      out += "\\U" + hex(value, 8);
    }
  }
  out += '"';
  return out;
}

std::string py_comment(std::string_view s) {
  return one_line(s);
}

}  // namespace scopegen::view

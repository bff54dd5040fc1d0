#include "view/escape.hpp"

#include <nlohmann/json.hpp>
#include <utility>

namespace scopegen::view {

namespace {

// Code points that must not reach a comment as they are: they end a line to some reader
// (U+0085, U+2028 and U+2029 are line terminators to JavaScript and to editors), or reorder
// what a reader sees (the bidirectional marks, embeddings, overrides and isolates of Trojan
// Source; GCC's default -Wbidi-chars makes an unpaired one a compile error under -Werror).
bool breaks_a_comment(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x061C ||
         c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Decodes the UTF-8 sequence at s[i]: (code point, length), or (U+FFFD, 1) for a bad byte.
std::pair<char32_t, std::size_t> decode_utf8(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return {c, 1};
  const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return {0xFFFD, 1};
  char32_t cp = c & (0x3F >> (len - 1));
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  return {cp, len};
}

// One line of printable text: controls, line separators and bidirectional controls become
// spaces, runs of spaces fold, other UTF-8 stays; a byte that is not UTF-8 becomes '?'.
std::string one_line(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto [c, len] = decode_utf8(s, i);
    if (breaks_a_comment(c) || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else if (c == 0xFFFD && len == 1) {
      out += '?';
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

// The body of a C++ string literal holding exactly `s` (no quotes), and whether `s` holds NUL.
std::pair<std::string, bool> cpp_literal_body(std::string_view s) {
  std::string body;
  bool has_nul = false;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        body += "\\\"";
        break;
      case '\\':
        body += "\\\\";
        break;
      case '?':
        body += "\\?";
        break;
      case '\n':
        body += "\\n";
        break;
      case '\t':
        body += "\\t";
        break;
      default:
        if (u < 0x20 || u >= 0x7F) {
          has_nul = has_nul || u == 0;
          const char octal[] = {'\\', static_cast<char>('0' + (u >> 6)),
                                static_cast<char>('0' + ((u >> 3) & 7)),
                                static_cast<char>('0' + (u & 7))};
          body.append(octal, 4);
        } else {
          body += c;
        }
    }
  }
  return {std::move(body), has_nul};
}

// std::string_view("body", size): size is the byte count of the original string, which the
// body holds exactly (escapes are 3-digit octal, so "\000" then '1' stays two bytes).
std::string with_length(const std::string& body, std::size_t size) {
  return "std::string_view(\"" + body + "\", " + std::to_string(size) + ")";
}

}  // namespace

std::string cpp_string(std::string_view s) {
  const auto [body, has_nul] = cpp_literal_body(s);
  return has_nul ? with_length(body, s.size()) : "\"" + body + "\"";
}

std::string cpp_string_view(std::string_view s) {
  return with_length(cpp_literal_body(s).first, s.size());
}

std::string cpp_comment(std::string_view s) {
  std::string out = one_line(s);
  replace_all(out, "\\", "/");
  replace_all(out, "??", "? ?");
  return out;
}

std::string ts_string(std::string_view s) {
  // nlohmann escapes quotes, backslashes and controls and, with ensure_ascii, every
  // non-ASCII character as \uXXXX: a valid JS string literal. Invalid UTF-8 cannot reach
  // here (the loader rejects it), but `replace` keeps dump() from throwing regardless.
  return nlohmann::json(std::string(s)).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
}

std::string ts_comment(std::string_view s) {
  std::string out = one_line(s);
  replace_all(out, "*/", "*\\/");
  return out;
}

std::string md_cell(std::string_view s) {
  std::string out;
  for (char c : one_line(s)) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '|': case '\\': case '*': case '_': case '`': case '[': case ']':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace scopegen::view

#include "targets/cpp/escape.hpp"

#include "targets/common/text.hpp"

namespace scopegen::view {

namespace {

// Appends the body of a C++ string literal holding exactly `s` (no quotes) to `out`; returns
// whether `s` holds NUL.
bool append_cpp_literal_body(std::string& out, std::string_view s) {
  bool has_nul = false;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '?':
        out += "\\?";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (u < 0x20 || u >= 0x7F) {
          has_nul = has_nul || u == 0;
          const char octal[] = {'\\', static_cast<char>('0' + (u >> 6)),
                                static_cast<char>('0' + ((u >> 3) & 7)),
                                static_cast<char>('0' + (u & 7))};
          out.append(octal, 4);
        } else {
          out += c;
        }
    }
  }
  return has_nul;
}

// std::string_view("body", size): size is the byte count of the original string, which the
// body holds exactly (escapes are 3-digit octal, so "\000" then '1' stays two bytes).
std::string with_length(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 32);
  out += "std::string_view(\"";
  append_cpp_literal_body(out, s);
  out += "\", ";
  out += std::to_string(s.size());
  out += ')';
  return out;
}

}  // namespace

std::string cpp_string(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  if (append_cpp_literal_body(out, s)) return with_length(s);
  out += '"';
  return out;
}

std::string cpp_string_view(std::string_view s) {
  return with_length(s);
}

std::string cpp_comment(std::string_view s) {
  // No backslash can splice the next line into the comment, and no two '?' stay adjacent, so
  // no trigraph remains (GCC warns about "??/" even where trigraphs are off, an error under
  // -Werror). Splitting every pair, rather than replacing "??" once, is what keeps "???\" from
  // turning into "? ??/": a replacement must not leave a new pair behind it.
  std::string line = one_line(s);
  if (line.find('\\') == std::string::npos && line.find("??") == std::string::npos) return line;
  std::string out;
  out.reserve(line.size() + 8);
  for (char c : line) {
    if (c == '\\') c = '/';
    if (c == '?' && !out.empty() && out.back() == '?') out += ' ';
    out += c;
  }
  return out;
}

}  // namespace scopegen::view

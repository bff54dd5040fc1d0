#include "targets/cpp/escape.hpp"

#include <utility>

#include "targets/common/text.hpp"

namespace scopegen::view {

namespace {

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
  // No backslash can splice the next line into the comment, and no two '?' stay adjacent, so
  // no trigraph remains (GCC warns about "??/" even where trigraphs are off, an error under
  // -Werror). Splitting every pair, rather than replacing "??" once, is what keeps "???\" from
  // turning into "? ??/": a replacement must not leave a new pair behind it.
  std::string out;
  for (char c : one_line(s)) {
    if (c == '\\') c = '/';
    if (c == '?' && !out.empty() && out.back() == '?') out += ' ';
    out += c;
  }
  return out;
}

}  // namespace scopegen::view

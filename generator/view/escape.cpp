#include "view/escape.hpp"

#include "unicode/utf8.hpp"

#include <nlohmann/json.hpp>
#include <utility>

namespace scopegen::view {

namespace {

// One line of printable text: layout controls (they end a line to some reader, or reorder what
// a reader sees: GCC's default -Wbidi-chars makes an unpaired bidi control a compile error under
// -Werror) become spaces, runs of spaces fold, other UTF-8 stays; a byte that is not UTF-8
// becomes '?'.
std::string one_line(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const unicode::CodePoint c = unicode::decode(s, i);
    if (c.length == 0) {
      out += '?';
      ++i;
      continue;
    }
    if (unicode::is_layout_control(c.value) || c.value == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out.append(s.substr(i, c.length));
    }
    i += c.length;
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

std::string ts_string(std::string_view s) {
  // nlohmann escapes quotes, backslashes and controls and, with ensure_ascii, every
  // non-ASCII character as \uXXXX: a valid JS string literal. Invalid UTF-8 cannot reach
  // here (the loader rejects it), but `replace` keeps dump() from throwing regardless.
  return nlohmann::json(std::string(s))
      .dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
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
      case '|':
      case '\\':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
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

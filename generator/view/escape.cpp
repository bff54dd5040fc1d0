#include "view/escape.hpp"

#include <nlohmann/json.hpp>

namespace scopegen::view {

namespace {

// One line of printable ASCII and UTF-8: controls become spaces, runs of spaces fold.
std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    const char printable = (u < 0x20 || u == 0x7F) ? ' ' : c;
    if (printable == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += printable;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

}  // namespace

std::string cpp_string(std::string_view s) {
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
  if (!has_nul) return "\"" + body + "\"";
  return "std::string_view(\"" + body + "\", " + std::to_string(s.size()) + ")";
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

#include "targets/ts/escape.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "targets/common/text.hpp"

namespace scopegen::view {

std::string ts_string(std::string_view s) {
  // Printable ASCII other than the quote and the backslash is what dump() copies as it is.
  const bool plain = std::all_of(
      s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; });
  if (plain) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    out += s;
    out += '"';
    return out;
  }
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

}  // namespace scopegen::view

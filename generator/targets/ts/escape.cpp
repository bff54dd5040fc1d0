#include "targets/ts/escape.hpp"

#include <nlohmann/json.hpp>

#include "targets/common/text.hpp"

namespace scopegen::view {

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

}  // namespace scopegen::view

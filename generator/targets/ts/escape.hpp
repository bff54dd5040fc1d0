#pragma once

#include <string>
#include <string_view>

/// How a table string enters generated TypeScript: literals and /** */ comments.
namespace scopegen::view {

/// A TypeScript/JavaScript string literal (double quotes) holding exactly `s`; every non-ASCII
/// character is escaped, so U+2028, right-to-left marks and "</script>" cannot act.
[[nodiscard]] std::string ts_string(std::string_view s);

/// Text safe inside a /** ... */ comment: one line as for cpp_comment, "*/" broken up:
///   "a */ b\u2028c"  ->  "a *\/ b c"
[[nodiscard]] std::string ts_comment(std::string_view s);

}  // namespace scopegen::view

#pragma once

#include <string>
#include <string_view>

/// How a table string enters generated Python: literals and # comments. Docstrings hold only
/// the templates' own text, never a table's.
namespace scopegen::view {

/// A Python string literal (double quotes) holding exactly `s`: backslash, both quotes, every
/// control character (NUL included) and every non-ASCII character escaped (\xNN, \uXXXX,
/// \UXXXXXXXX), so U+2028, bidi controls and quotes cannot act:  a"b\u2028 -> "a\"b\u2028"
[[nodiscard]] std::string py_string(std::string_view s);

/// Text safe in a # comment: one line, layout and bidi controls as spaces.
[[nodiscard]] std::string py_comment(std::string_view s);

}  // namespace scopegen::view

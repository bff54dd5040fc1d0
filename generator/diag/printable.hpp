#pragma once

#include <string>
#include <string_view>

namespace scopegen::diag {

/// `text` safe to print on a terminal or in a log: a table's string, quoted in a message, must not
/// forge a line of its own, move the cursor or reorder what follows. Control characters become
/// `\n`, `\t`, `\r` or `\xHH`, bytes that are not UTF-8 `\xHH`, and the invisible characters that
/// change how text is laid out (U+2028/9 line breaks, bidirectional overrides and isolates,
/// zero-width and BOM) `\u{HHHH}`. Everything else, other scripts included, is kept.
[[nodiscard]] std::string printable(std::string_view text);

/// `'text'`, for messages (not escaped: diagnostics escape the whole message). Built by appending,
/// because GCC 12 at -O2 and above warns, falsely, on `"'" + std::string(...)` (-Wrestrict, GCC bug
/// 105651) when it inlines the insert at the front, and consumers build scopegen with those flags.
[[nodiscard]] std::string quoted(std::string_view text);

}  // namespace scopegen::diag

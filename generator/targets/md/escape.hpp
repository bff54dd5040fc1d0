#pragma once

#include <string>
#include <string_view>

namespace scopegen::view {

/// Text safe in one Markdown table cell: one line, `|` and backslashes escaped, and HTML
/// (`<`, `>`, `&`) and Markdown emphasis/link characters neutralised so nothing renders as markup.
[[nodiscard]] std::string md_cell(std::string_view s);

}  // namespace scopegen::view

#pragma once

#include <string>

namespace scopegen::render {

// The Mustache spec removes every line that holds only a section tag or a comment. kainjow 4.1
// does that for sections it renders, but leaves blank lines around sections it skips. So each
// such line is joined to the next one (indentation and newline dropped) before kainjow sees
// the template. When the next line is blank, kainjow would take "{{/x}}" + newline for a
// standalone line and drop the blank line too, so a sentinel byte keeps the line non-blank;
// render_template strips it afterwards. Views never yield a raw 0x01 (every escaper of
// targets/<t>/escape.hpp turns controls into escapes or spaces).
[[nodiscard]] std::string join_standalone_tags(const std::string& text);

/// The template's output without the sentinel bytes join_standalone_tags put in.
[[nodiscard]] std::string strip_sentinels(std::string text);

}  // namespace scopegen::render

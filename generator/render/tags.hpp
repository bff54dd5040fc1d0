#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/position.hpp"
#include "render/template_store.hpp"

namespace scopegen::render {

/// One Mustache tag of a template's text.
struct Tag {
  char kind;  // '#', '^', '/', '>', '&', '!', '=', or ' ' for a variable ({{x}}, {{{x}}})
  std::string_view name;  // trimmed, without the kind character: "{{> banner}}" -> "banner"
  std::size_t offset;     // of the opening delimiter in the text
};

/// Why a template's text does not parse, and where: a byte offset of the text.
struct TagError {
  std::size_t offset = 0;
  std::string message;
};

/// Every tag of `text`, in order, found the way kainjow finds them: a set-delimiter tag
/// ({{=<% %>=}}) changes what the following tags look like, "{{{" closes with "}}}".
/// Stops at an unclosed tag or an invalid set-delimiter tag, and says which in `error` if given.
///   scan_tags("a {{> banner}}{{#x}}") -> {'>', "banner", 2}, {'#', "x", 14}
[[nodiscard]] std::vector<Tag> scan_tags(std::string_view text, TagError* error = nullptr);

/// The 1-based line and column of a byte offset of the template's text.
///   position_at({"ab\ncd", "t.mustache"}, 4) -> t.mustache:2:2
[[nodiscard]] diag::Position position_at(const Template& tmpl, std::size_t offset);

}  // namespace scopegen::render

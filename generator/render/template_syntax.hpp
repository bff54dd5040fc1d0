#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "diag/position.hpp"
#include "render/tags.hpp"
#include "render/template_store.hpp"

namespace scopegen::render {

/// The first syntax error of a template's text, found as kainjow parses (set-delimiter tags
/// change what later tags look like), but with the tag it is about: an unclosed tag, an invalid
/// set-delimiter tag, a closing tag with no open section or for another section, a section
/// never closed. Nothing when the text parses. kainjow itself only says "... at <byte>".
///   syntax_error("{{#a}}x") -> {0, "section 'a' is never closed"}
///   syntax_error("{{#a}}{{/b}}") -> {6, "closes section 'b', but the open section is 'a' ..."}
[[nodiscard]] std::optional<TagError> syntax_error(std::string_view text);

/// Where `tmpl`, or a partial it reaches (resolved as kainjow resolves them, for a template of
/// target `folder`), first names `name` in a tag: as a partial ({{> name}}) when `partial`,
/// otherwise as a value or a section. Nothing when no tag names it.
///   tag_position({"a\n {{nmae}}", "t.mustache"}, "cpp", {}, "nmae", false) -> t.mustache:2:2
[[nodiscard]] std::optional<diag::Position> tag_position(
    const Template& tmpl, const std::string& folder,
    const std::map<std::string, Template>& partials, std::string_view name, bool partial);

}  // namespace scopegen::render

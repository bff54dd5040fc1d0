#include "render/tags.hpp"

#include <algorithm>

namespace scopegen::render {

namespace {

constexpr std::string_view kSpace = " \t\r\n\v\f";

std::string_view trimmed(std::string_view s) {
  const std::size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(kSpace) + 1 - first);
}

struct Delimiters {
  std::string_view open = "{{";
  std::string_view close = "}}";
};

// "=<% %>=" -> {"<%", "%>"}, as kainjow reads it (two words, neither holding a space or '=').
bool set_delimiters(std::string_view contents, Delimiters& delims) {
  if (contents.size() < 5 || contents.back() != '=') return false;
  const std::string_view inner = trimmed(contents.substr(1, contents.size() - 2));
  const std::size_t space = inner.find(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view open = inner.substr(0, space);
  const std::string_view close = trimmed(inner.substr(space + 1));
  const auto valid = [](std::string_view d) {
    return !d.empty() &&
           d.find_first_of(std::string_view(" \t\r\n\v\f=", 7)) == std::string_view::npos;
  };
  if (!valid(open) || !valid(close)) return false;
  delims = {open, close};
  return true;
}

}  // namespace

std::vector<Tag> scan_tags(std::string_view text, TagError* error) {
  std::vector<Tag> tags;
  Delimiters delims;
  for (std::size_t at = text.find(delims.open); at != std::string_view::npos;
       at = text.find(delims.open, at)) {
    std::size_t contents = at + delims.open.size();
    const bool braces = delims.open == "{{" && delims.close == "}}";
    const bool triple = braces && contents < text.size() && text[contents] == '{';
    const std::string_view close = triple ? std::string_view("}}}") : delims.close;
    if (triple) ++contents;
    const std::size_t end = text.find(close, contents);
    if (end == std::string_view::npos) {
      if (error) {
        *error = {at, "tag is never closed (no '" + std::string(close) + "' follows its '" +
                          std::string(delims.open) + "')"};
      }
      break;
    }
    const std::string_view tag = trimmed(text.substr(contents, end - contents));
    const std::size_t offset = at;
    at = end + close.size();
    if (!triple && !tag.empty() && tag.front() == '=') {
      // The string views keep pointing into `text`, which outlives the loop.
      if (!set_delimiters(tag, delims)) {
        if (error) {
          *error = {offset, "set-delimiter tag '" + std::string(tag) +
                                "' is invalid: it takes two delimiters without spaces or '=', "
                                "as in {{=<% %>=}}"};
        }
        break;
      }
      tags.push_back({'=', tag, offset});
      continue;
    }
    if (triple || tag.empty() ||
        std::string_view("#^/>&!").find(tag.front()) == std::string_view::npos) {
      tags.push_back({' ', tag, offset});
    } else {
      tags.push_back({tag.front(), trimmed(tag.substr(1)), offset});
    }
  }
  return tags;
}

diag::Position position_at(const Template& tmpl, std::size_t offset) {
  offset = std::min(offset, tmpl.text.size());
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (tmpl.text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {tmpl.file, line, column};
}

}  // namespace scopegen::render

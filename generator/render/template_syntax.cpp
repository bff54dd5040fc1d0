#include "render/template_syntax.hpp"

#include <set>
#include <vector>

#include "render/partial_graph.hpp"

namespace scopegen::render {

namespace {

// "line 3, column 5" of a byte offset, for a message that points at a second place.
std::string line_and_column(std::string_view text, std::size_t offset) {
  const diag::Position p = position_at({std::string(text), "", ""}, offset);
  return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

}  // namespace

std::optional<TagError> syntax_error(std::string_view text) {
  TagError error;
  error.offset = std::string_view::npos;
  const std::vector<Tag> tags = scan_tags(text, &error);
  std::vector<const Tag*> open;
  for (const Tag& tag : tags) {
    // An error that stopped the scan comes after every tag it returned.
    if (tag.kind == '#' || tag.kind == '^') {
      open.push_back(&tag);
    } else if (tag.kind == '/') {
      if (open.empty()) {
        return TagError{tag.offset,
                        "closes section '" + std::string(tag.name) + "', which is not open"};
      }
      if (open.back()->name != tag.name) {
        return TagError{tag.offset, "closes section '" + std::string(tag.name) +
                                        "', but the open section is '" +
                                        std::string(open.back()->name) + "' (opened at " +
                                        line_and_column(text, open.back()->offset) + ")"};
      }
      open.pop_back();
    }
  }
  if (error.offset != std::string_view::npos) return error;
  if (!open.empty()) {
    return TagError{open.front()->offset,
                    "section '" + std::string(open.front()->name) + "' is never closed"};
  }
  return std::nullopt;
}

std::optional<diag::Position> tag_position(const Template& tmpl, const std::string& folder,
                                           const std::map<std::string, Template>& partials,
                                           std::string_view name, bool partial) {
  // Breadth first from the template, so the position is the nearest use of the name.
  std::vector<const Template*> queue{&tmpl};
  std::set<const Template*> seen{&tmpl};
  for (std::size_t i = 0; i < queue.size(); ++i) {
    const Template& from = *queue[i];
    for (const Tag& tag : scan_tags(from.text)) {
      const bool names_partial = tag.kind == '>';
      const bool names_value =
          tag.kind == ' ' || tag.kind == '&' || tag.kind == '#' || tag.kind == '^';
      if (tag.name == name && (partial ? names_partial : names_value)) {
        return position_at(from, tag.offset);
      }
      if (!names_partial) continue;
      const std::string* key = resolve_partial(tag.name, folder, partials);
      if (!key) continue;
      const Template* next = &partials.at(*key);
      if (seen.insert(next).second) queue.push_back(next);
    }
  }
  return std::nullopt;
}

}  // namespace scopegen::render

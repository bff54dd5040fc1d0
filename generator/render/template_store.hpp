#pragma once

#include <map>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"

namespace scopegen::render {

struct Template {
  std::string text;
  std::string file;      // as found under the directory given, for messages
  std::string absolute;  // for the depfile
};

/// Every template by its path relative to a templates directory ("cpp/scopegen/{provider}.hpp.mustache").
/// Files whose name starts with "_" are partials, known to their folder's templates by the rest
/// of the name ("_banner.mustache" is {{> banner}}).
struct TemplateStore {
  std::map<std::string, Template> templates;
  std::map<std::string, Template> partials;  // "cpp/banner"

  /// Every file read, absolute, for the depfile.
  [[nodiscard]] std::vector<std::string> files() const;
};

/// Reads the built-in directory, then each override directory in order: a file at the same
/// relative path replaces the earlier one, a new file adds a template (and so an output).
[[nodiscard]] TemplateStore load_templates(const std::vector<std::string>& directories,
                                           diag::Diagnostics& diags);

}  // namespace scopegen::render

// What the libFuzzer targets in tests/fuzz/ share: splitting one input into files, and the fixed
// parts a target fuzzes against (the repository's templates, the model of a tables directory),
// built once per process from the paths run.sh compiles in.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "check/decode.hpp"
#include "diag/diagnostics.hpp"
#include "load/inputs.hpp"
#include "model/build.hpp"
#include "render/template_store.hpp"
#include "targets/collisions.hpp"

namespace scopegen::fuzz {

/// One input holds several files, each ended by a line that is exactly this one (the last file
/// needs none). tests/fuzz/make_corpus.sh writes seeds that way.
inline constexpr std::string_view kSeparator = "\n#%%% next file %%%\n";

/// At most `max_files` parts; the last takes the rest of the input, separators and all.
/// "a" SEP "b" -> {"a", "b"}.
[[nodiscard]] inline std::vector<std::string_view> split(std::string_view data,
                                                         std::size_t max_files) {
  std::vector<std::string_view> files;
  while (files.size() + 1 < max_files) {
    const auto at = data.find(kSeparator);
    if (at == std::string_view::npos) break;
    files.push_back(data.substr(0, at));
    data.remove_prefix(at + kSeparator.size());
  }
  files.push_back(data);
  return files;
}

// A fuzz target cannot do its job without its fixed parts: say why and stop (not a finding: it
// happens before the first input).
[[noreturn]] inline void setup_failed(const char* what, const std::string& where,
                                      const diag::Diagnostics& diags) {
  std::fprintf(stderr, "fuzz target: %s %s do not load:\n%s", what, where.c_str(),
               diag::format_all(diags).c_str());
  std::abort();
}

/// The templates of a directory, read as the generator reads them (once per process).
[[nodiscard]] inline const render::TemplateStore& builtin_templates(const std::string& dir) {
  static const render::TemplateStore store = [&] {
    diag::Diagnostics diags;
    render::TemplateStore s = render::load_templates({dir}, diags);
    if (diags.has_errors() || s.templates.empty()) setup_failed("the templates in", dir, diags);
    return s;
  }();
  return store;
}

/// The model of the tables in a directory, as `scopegen generate DIR --no-shipped-catalogues`
/// builds it (once per process); the tables must be valid.
[[nodiscard]] inline const model::Model& model_of(const std::string& dir) {
  static const model::Model model = [&] {
    diag::Diagnostics diags;
    const std::vector<load::Document> documents = load::read_inputs({dir}, diags);
    const check::Tables tables = check::decode(documents, diags);
    std::optional<model::Model> m;
    if (!diags.has_errors()) m = model::build(tables, diags);
    if (m) view::check_collisions(*m, diags);
    if (!m || diags.has_errors()) setup_failed("the tables in", dir, diags);
    return std::move(*m);
  }();
  return model;
}

}  // namespace scopegen::fuzz

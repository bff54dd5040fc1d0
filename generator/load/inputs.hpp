#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "load/document.hpp"
#include "load/limits.hpp"

namespace scopegen::load {

/// Expands files and directories (their *.yaml and *.yml files, recursively) into documents,
/// ordered by absolute path and deduplicated, so the command-line order never matters.
[[nodiscard]] std::vector<Document> read_inputs(const std::vector<std::string>& inputs,
                                                diag::Diagnostics& diags, const Limits& limits = {});

/// The YAML files below a directory, sorted; used for inputs and for the shipped catalogues.
[[nodiscard]] std::vector<std::string> yaml_files_under(const std::string& directory);

/// Reads one file; reports E101/E104/E107 and returns nothing when it cannot be used.
[[nodiscard]] std::optional<std::string> read_text_file(const std::string& path,
                                                        diag::Diagnostics& diags,
                                                        std::size_t max_bytes);

}  // namespace scopegen::load

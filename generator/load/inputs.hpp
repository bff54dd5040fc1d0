#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "load/document.hpp"
#include "load/limits.hpp"

namespace scopegen::load {

/// Expands files and directories (their *.yaml and *.yml files, recursively) into documents,
/// ordered by absolute path and deduplicated, so the command-line order never matters. What is
/// read, refused or merged is load/walk.hpp's find_inputs.
[[nodiscard]] std::vector<Document> read_inputs(const std::vector<std::string>& inputs,
                                                diag::Diagnostics& diags,
                                                const Limits& limits = {});

/// Reads one file (or pipe, or device: at most max_bytes of it); reports E101/E107 and returns
/// nothing when it cannot be used.
[[nodiscard]] std::optional<std::string> read_text_file(const std::string& path,
                                                        diag::Diagnostics& diags,
                                                        std::size_t max_bytes);

}  // namespace scopegen::load

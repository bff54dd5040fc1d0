#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "load/limits.hpp"

/// Source files for `scopegen scan`: found under the paths the user names, read with the same
/// limits as the tables. Not YAML: only their bytes are checked here.
namespace scopegen::load {

struct SourceFile {
  std::string path;       // as the user gave it, or joined below a directory they gave
  std::string extension;  // without the dot: "ts"
};

/// The files under `roots` whose extension is one of `extensions`, sorted by path; a file the
/// user names is kept whatever its extension. Directories named in `skip` (node_modules) and
/// hidden ones (.git) are not entered; links to directories are not followed. A root that does
/// not exist is E101.
[[nodiscard]] std::vector<SourceFile> find_sources(const std::vector<std::string>& roots,
                                                   const std::vector<std::string>& extensions,
                                                   const std::vector<std::string>& skip,
                                                   diag::Diagnostics& diags);

/// The text of one source file; nothing (and W904) for a binary file (a NUL byte), nothing
/// (E101, E107) when it cannot be read or is too large. A UTF-8 byte-order mark is dropped;
/// other bytes are kept as they are (a Latin-1 comment does not stop a scan).
[[nodiscard]] std::optional<std::string> read_source(const SourceFile& file,
                                                     diag::Diagnostics& diags,
                                                     const Limits& limits = {});

}  // namespace scopegen::load

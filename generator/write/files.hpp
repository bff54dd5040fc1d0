#pragma once

#include <string>

#include "diag/diagnostics.hpp"
#include "output/output_set.hpp"

/// Writing files that live among others the run does not own (`scopegen import` writes
/// data/<provider>.operations.yaml beside the hand-written tables): no output list, nothing
/// removed, only the named files replaced.
namespace scopegen::write {

/// Replaces each file of `files` whose bytes differ, all or nothing (write/transaction.hpp).
/// False after an E601/E602/E604.
[[nodiscard]] bool write_files(const output::OutputSet& files, const std::string& out_dir,
                               diag::Diagnostics& diags);

/// One unified diff per file of `files` that differs from what is on disk (missing ones
/// included); empty when every one is current.
[[nodiscard]] std::string files_drift(const output::OutputSet& files, const std::string& out_dir);

}  // namespace scopegen::write

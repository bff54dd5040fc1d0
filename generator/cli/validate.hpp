#pragma once

#include <set>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "diag/diagnostics.hpp"
#include "render/render.hpp"

namespace scopegen::cli {

// Usage errors (exit 2), found before anything is written. A single option's value is checked
// by the argument parser (these functions are its validators: "" when the value is fine, else
// the reason, which CLI11 prints after the flag's name); what needs the inputs and outputs of
// the run is check_side_files, reported as E001 at the flag.

/// --out: a directory to create or update. "" -> "an empty path names no directory", and an
/// existing file that is not a directory is refused (writing would fail half way, or, for "",
/// fill the working directory).
[[nodiscard]] std::string output_directory_problem(const std::string& path);

/// --today: a real calendar day, YYYY-MM-DD. "2026-05" (a month, as tables may write) and
/// "2026-02-30" are refused.
[[nodiscard]] std::string date_problem(const std::string& date);

/// --depfile and --stamp must name files of their own: not a table, catalogue or input directory
/// the run read (`read`), not a template (`templates`), not one of the outputs, not --out
/// itself, not each other. Compared after resolving links, and by identity when both
/// exist. Each clash is an E001 at the flag; returns false when there was one.
[[nodiscard]] bool check_side_files(const Options& options, const std::set<std::string>& read,
                                    const std::vector<std::string>& templates,
                                    const render::OutputSet& outputs, diag::Diagnostics& diags);

}  // namespace scopegen::cli

#pragma once

#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "render/render.hpp"

/// The only stage that touches the disk.
namespace scopegen::write {

struct Report {
  std::vector<std::string> written;    // relative paths whose bytes changed
  std::vector<std::string> unchanged;  // left alone, timestamps and all
};

/// "../x", "/etc/x", "a/../../x" and empty paths escape the output directory: E601.
/// Checked for every path before anything is written.
[[nodiscard]] bool paths_are_contained(const render::OutputSet& outputs, diag::Diagnostics& diags);

/// Writes each file whose bytes differ, through a temporary file in the same directory and a
/// rename, so a reader (or a killed run) sees the old file or the new one, never half of one.
/// Writes nothing when a path escapes the output directory.
[[nodiscard]] std::optional<Report> write_outputs(const render::OutputSet& outputs,
                                                  const std::string& out_dir,
                                                  diag::Diagnostics& diags);

/// One unified diff per file that differs from what is on disk (missing files included).
/// Empty when the directory is current.
[[nodiscard]] std::string drift(const render::OutputSet& outputs, const std::string& out_dir);

/// A Makefile-syntax depfile: `target: dep dep ...`, spaces and '$' escaped, written only when
/// its content changes.
[[nodiscard]] bool write_depfile(const std::string& path, const std::string& target,
                                 const std::vector<std::string>& dependencies,
                                 diag::Diagnostics& diags);

/// Creates or updates the stamp file the build system uses as the command's one output.
[[nodiscard]] bool touch_stamp(const std::string& path, diag::Diagnostics& diags);

}  // namespace scopegen::write

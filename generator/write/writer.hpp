#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.hpp"
#include "output/output_set.hpp"

/// The only stage that touches the disk.
namespace scopegen::write {

struct Report {
  std::vector<std::string> written;    // relative paths whose bytes changed
  std::vector<std::string> unchanged;  // left alone, timestamps and all
  std::vector<std::string> removed;    // listed last time, no longer produced
};

/// The files a build system asks for beside the outputs; empty strings when not asked for.
struct BuildFiles {
  std::string depfile;       // where the depfile goes
  std::string depfile_text;  // what it holds (see depfile_text)
  std::string stamp;         // touched on success
};

/// "../x", "/etc/x", "a/../../x" and empty paths escape the output directory: E601.
/// Checked for every path before anything is written.
/// The bytes of a file as it is on disk now; nothing when it cannot be read (or is missing).
[[nodiscard]] std::optional<std::string> current_bytes(const std::string& path);

/// How `relative` under `out_dir` differs from `bytes`: a unified diff, a "missing" header, or
/// "" when current. `would` says what the new side is ("would be generated").
[[nodiscard]] std::string file_drift(const std::string& out_dir, const std::string& relative,
                                     const std::string& bytes, std::string_view would);

[[nodiscard]] bool paths_are_contained(const output::OutputSet& outputs, diag::Diagnostics& diags);

/// Brings `out_dir` to `outputs`, as one change (write/transaction.hpp): each file whose bytes
/// differ is replaced, the files the output list (write/output_list.hpp) names that are no
/// longer produced are removed, the list, the depfile (when its text changed) and the stamp
/// follow. A failure anywhere leaves every one of them as it was. Unchanged files are not
/// touched, so a run with nothing to do only touches the stamp. Files of targets outside
/// `scope` (a `--targets` run) stay, and stay listed.
[[nodiscard]] std::optional<Report> write_outputs(const output::OutputSet& outputs,
                                                  const std::string& out_dir,
                                                  const BuildFiles& build_files,
                                                  diag::Diagnostics& diags,
                                                  const output::OutputScope& scope = {});

/// One unified diff per file that differs from what is on disk (missing files included, the
/// output list too), and one entry per stale file (listed, no longer produced, still there).
/// Empty when the directory is current. A list entry outside the directory: warning E603.
[[nodiscard]] std::string drift(const output::OutputSet& outputs, const std::string& out_dir,
                                diag::Diagnostics& diags, const output::OutputScope& scope = {});

/// A Makefile-syntax depfile: `target: dep dep ...`, spaces and '$' escaped.
[[nodiscard]] std::string depfile_text(const std::string& target,
                                       const std::vector<std::string>& dependencies);

}  // namespace scopegen::write

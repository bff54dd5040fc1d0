#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"

/// Changing several files as one: after a failing run every destination is as it was before
/// (bytes, mode and times), and the directories the run created are gone.
namespace scopegen::write {

struct Plan {
  struct Replace {
    std::filesystem::path target;
    std::string bytes;
  };
  std::vector<Replace> replace;               // new bytes, through a temporary and a rename
  std::vector<std::filesystem::path> remove;  // files no longer produced
  std::vector<std::filesystem::path> touch;   // times set to now (created empty when missing)
};

/// Applies `plan`, or nothing of it. In order: every destination is checked (a file where a
/// directory must go, a destination that is a directory, a directory that cannot be written:
/// E602, nothing created); missing directories are made; every new file is written to a locked
/// temporary beside its destination; then each change is made, the old file first kept under a
/// second, locked name. The first failure undoes the changes made, in reverse (E604 when one
/// cannot be undone, naming where the old bytes are). On success the kept files are removed.
/// A replaced file keeps its mode (and owner, when allowed).
[[nodiscard]] bool commit(const Plan& plan, diag::Diagnostics& diags);

/// Replaces one file the user owns, as `commit` does; a symbolic link is followed, so the link
/// stays a link and the file it names gets the bytes.
[[nodiscard]] bool replace_file(const std::filesystem::path& target, const std::string& bytes,
                                diag::Diagnostics& diags);

}  // namespace scopegen::write

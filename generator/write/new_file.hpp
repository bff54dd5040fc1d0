#pragma once

#include <filesystem>
#include <string>

#include "diag/diagnostics.hpp"

/// Writing a file that must not exist yet (`scopegen init` starts a profile; it never replaces
/// one the user wrote).
namespace scopegen::write {

/// Creates `target` with `bytes`, or nothing: the bytes go to a locked scratch file beside it,
/// which is then hard-linked to `target`, and link(2) fails rather than replace anything, so a
/// file that appears meanwhile is kept too. `exists` is the code reported when something
/// (a file, a directory, a link, even a broken one) is already at `target`; E602 when the
/// directory is missing or cannot be written.
[[nodiscard]] bool create_new_file(const std::filesystem::path& target, const std::string& bytes,
                                   const diag::Code& exists, diag::Diagnostics& diags);

/// Whether anything is at `path`, a broken symbolic link included.
[[nodiscard]] bool occupied(const std::filesystem::path& path);

}  // namespace scopegen::write

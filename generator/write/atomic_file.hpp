#pragma once

#include <filesystem>
#include <string>

#include "diag/diagnostics.hpp"

/// Replacing one file so that a reader, a concurrent run or a killed run sees the old bytes or
/// the new ones, never half of them.
namespace scopegen::write {

/// Writes `bytes` to a temporary file next to `target` (created exclusively, named after this
/// process so concurrent runs never share one) and renames it over `target`. Temporaries that
/// earlier, killed runs left beside `target` are removed first. Reports E602 on failure, with
/// the system's reason, and leaves `target` as it was.
[[nodiscard]] bool replace_file(const std::filesystem::path& target, const std::string& bytes,
                                diag::Diagnostics& diags);

/// Removes the temporaries beside `target` whose process no longer exists: a killed run cannot
/// clean up after itself, so the next one does. A live run's temporary is left to it.
void remove_stale_temporaries(const std::filesystem::path& target);

/// The name of the temporary file process `pid` uses for `target`: `.<name>.<pid>.scopegen-tmp`.
[[nodiscard]] std::filesystem::path temporary_for(const std::filesystem::path& target, long pid);

}  // namespace scopegen::write

#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.hpp"
#include "output/output_set.hpp"

/// What the last `generate` wrote into an output directory, so that the next one can remove
/// what is no longer produced (a provider or the app profile left the tables) and `check` can
/// report it. Only files this list names are ever removed.
namespace scopegen::write {

/// The list's name inside the output directory.
inline constexpr std::string_view kOutputList = ".scopegen-outputs";

/// "../x", "/etc/x", "a/../../x", "." and "" do not name a file inside the output directory.
[[nodiscard]] bool escapes(const std::string& relative);

/// The list for `outputs` and `kept` (what earlier runs wrote for targets this run does not
/// render): their relative paths, sorted, one a line.
/// {"ts/core.ts", "cpp/core.hpp"} → "cpp/core.hpp\nts/core.ts\n".
[[nodiscard]] std::string output_list_text(const output::OutputSet& outputs,
                                           const std::vector<std::string>& kept = {});

/// What the list in `out_dir` names and is still there (a file or a link; a directory is never
/// removed), split by `scope`: `stale`, within the scope and no longer in `outputs`; `kept`,
/// outside it (another target's, left as it is). A listed path that escapes the directory is
/// left alone, with warning E603 at its line of the list.
struct Listed {
  std::vector<std::string> stale;
  std::vector<std::string> kept;
};
[[nodiscard]] Listed listed_outputs(const output::OutputSet& outputs, const std::string& out_dir,
                                    const output::OutputScope& scope, diag::Diagnostics& diags);

}  // namespace scopegen::write

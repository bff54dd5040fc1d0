#pragma once

#include <string>

namespace scopegen::cli {

/// The built-in templates directory: `<tool>/../share/scopegen/templates` when installed,
/// else the source tree's `templates/`.
[[nodiscard]] std::string builtin_templates_dir();

/// The shipped catalogues: `<tool>/../share/scopegen/data` when installed, else `data/`.
[[nodiscard]] std::string shipped_catalogues_dir();

}  // namespace scopegen::cli

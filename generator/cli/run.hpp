#pragma once

#include <ostream>

#include "cli/options.hpp"

namespace scopegen::cli {

/// The pipeline: load -> decode -> build -> render -> write|check. Diagnostics go to `err`,
/// sorted, all at once; listings and views to `out`. Returns an ExitCode.
[[nodiscard]] int run(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace scopegen::cli

#pragma once

#include <ostream>

#include "cli/options.hpp"

namespace scopegen::cli {

/// `scopegen explain PROVIDER OPERATION [--granted SCOPES] [INPUT...]`: exit 0, 1 when the
/// granted set allows the call under no scheme (or the tables are invalid), 2 when no
/// operation matches.
[[nodiscard]] int explain_command(const Options& o, std::ostream& out, std::ostream& err);

}  // namespace scopegen::cli

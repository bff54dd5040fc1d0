#include "cli/run.hpp"

#include <stdexcept>

#include "cli/commands/commands.hpp"
#include "cli/guard.hpp"
#include "diag/suggest.hpp"

namespace scopegen::cli {

int run(const Options& o, std::ostream& out, std::ostream& err) {
  return guarded(err, [&] {
    diag::reset_suggestion_budget();
    const commands::Row* row = commands::find(o.command);
    if (!row) throw std::logic_error("the parsed command has no row in cli/commands/commands.cpp");
    return row->run(o, out, err);
  });
}

}  // namespace scopegen::cli

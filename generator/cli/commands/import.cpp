#include "import/import.hpp"
#include "cli/commands/commands.hpp"

namespace scopegen::cli::commands {

// `scopegen import PROVIDER ... --out DIR [--check]`: the operation tables, from the provider's
// own sources.
int import_tables(const Options& o, std::ostream& out, std::ostream& err) {
  return importer::run_import(o.import, out, err);
}

}  // namespace scopegen::cli::commands

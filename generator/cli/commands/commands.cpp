#include "cli/commands/commands.hpp"

#include <algorithm>
#include <array>

namespace scopegen::cli::commands {

namespace {

constexpr std::array kTable{
    Row{Command::generate, "generate", generate},
    Row{Command::check, "check", check},
    Row{Command::manifest, "manifest", manifest},
    Row{Command::migrate, "migrate", migrate},
    Row{Command::lint, "lint", lint},
    Row{Command::import_tables, "import", import_tables},
    Row{Command::explain, "explain", explain},
    Row{Command::scan, "scan", scan},
    Row{Command::init, "init", init},
};

}  // namespace

std::span<const Row> table() {
  return kTable;
}

const Row* find(Command command) {
  const auto it = std::find_if(kTable.begin(), kTable.end(),
                               [&](const Row& row) { return row.command == command; });
  return it == kTable.end() ? nullptr : &*it;
}

}  // namespace scopegen::cli::commands

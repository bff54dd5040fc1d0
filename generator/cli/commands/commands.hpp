#pragma once

#include <ostream>
#include <span>
#include <string_view>

#include "cli/options.hpp"

/// One file per command, and one table that names them all (commands.cpp). Adding a command is
/// its file here, its row in the table and its subcommand in cli/options.cpp.
namespace scopegen::cli::commands {

/// A command: its options, stdout and stderr -> an ExitCode.
using Function = int (*)(const Options& options, std::ostream& out, std::ostream& err);

struct Row {
  Command command;
  std::string_view name;  // as typed: "generate"
  Function run;
};

/// Every command, in the order `scopegen --help` lists them.
[[nodiscard]] std::span<const Row> table();

/// The row of `command`; null when the table lacks it (a bug: the parser knows more commands).
[[nodiscard]] const Row* find(Command command);

[[nodiscard]] int generate(const Options& options, std::ostream& out, std::ostream& err);
[[nodiscard]] int check(const Options& options, std::ostream& out, std::ostream& err);
[[nodiscard]] int manifest(const Options& options, std::ostream& out, std::ostream& err);
[[nodiscard]] int migrate(const Options& options, std::ostream& out, std::ostream& err);
[[nodiscard]] int lint(const Options& options, std::ostream& out, std::ostream& err);
[[nodiscard]] int import_tables(const Options& options, std::ostream& out, std::ostream& err);
[[nodiscard]] int explain(const Options& options, std::ostream& out, std::ostream& err);
[[nodiscard]] int scan(const Options& options, std::ostream& out, std::ostream& err);
[[nodiscard]] int init(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace scopegen::cli::commands

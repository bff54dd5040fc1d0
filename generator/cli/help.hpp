#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace scopegen::cli {

/// The end of `scopegen --help`: examples of each command and the exit codes (options.hpp's
/// ExitCode), which scripts test for and --help is the first place anyone looks.
[[nodiscard]] std::string_view help_footer();

/// When `word`, the first argument, names no command: the usage error to print (E010), with a
/// did-you-mean from `commands` and the list of them. nullopt when `word` is a command or an
/// option (CLI11 reports those).
[[nodiscard]] std::optional<std::string> unknown_command(std::string_view word,
                                                         std::span<const std::string> commands);

}  // namespace scopegen::cli

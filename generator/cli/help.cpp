#include "cli/help.hpp"

#include <algorithm>

#include "diag/codes.hpp"
#include "diag/printable.hpp"
#include "diag/suggest.hpp"

namespace scopegen::cli {

std::string_view help_footer() {
  return R"(Examples:
  scopegen generate --out generated data     write every output of the tables in data/
  scopegen check --out generated data        exit 3 with a diff when generated/ is stale
  scopegen lint --strict data/app.yaml       least privilege and purposes; warnings fail
  scopegen migrate --app-only data           what the granular scheme changes for the app
  scopegen scan --profile app.yaml src       the API calls in src/ against the profile's scopes
  scopegen manifest <provider> --merge <app manifest> data
                                             update the permissions of an app manifest
  scopegen init --provider <provider> --use-case <use case> app.yaml
                                             start an app profile (exit 2 if app.yaml exists)
  scopegen init --scopes "<provider>=<scope value>" --manifest <app manifest> app.yaml
                                             start one from what the app is granted today
  scopegen generate --help                   the options of one command

Exit codes:
  0  ok
  1  invalid input: a table, template or manifest (diagnostics on stderr, with file:line:col);
     scan: a call needs a scope or permission the profile does not request
  2  usage: an unknown command or option, a missing or bad value; init: the profile exists
  3  drift: check or manifest --check found files that differ from what would be written

Every diagnostic code is explained in docs/diagnostics.md.
)";
}

std::optional<std::string> unknown_command(std::string_view word,
                                           std::span<const std::string> commands) {
  if (word.empty() || word.front() == '-') return std::nullopt;
  if (std::find(commands.begin(), commands.end(), word) != commands.end()) return std::nullopt;
  std::string message = "error: unknown command '";
  message += diag::printable(word);
  message += '\'';
  message += diag::did_you_mean(word, commands);
  message += " [";
  message += diag::code::kUnknownCommand.id;
  message += "]\nThe commands are:";
  for (const std::string& c : commands) {
    message += ' ';
    message += c;
  }
  message += ". Run with --help for more information.\n";
  return message;
}

}  // namespace scopegen::cli

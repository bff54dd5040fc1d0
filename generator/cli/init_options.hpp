#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace scopegen::cli {

/// `scopegen init`'s options: where the profile goes and what it starts from.
struct InitOptions {
  std::string profile;                 // the file to write; never overwritten
  std::vector<std::string> providers;  // --provider ID (repeatable, or comma-separated)
  std::vector<std::string> use_cases;  // --use-case [PROVIDER=]ID
  std::vector<std::string> grants;     // --scopes PROVIDER=STRING: a consent URL's scope value
  std::string manifest;                // --manifest [PROVIDER=]FILE: an app manifest
  std::string name;                    // --name: the app's display name
  std::string id;                      // --id: the app's id (default: from the name)
  std::string created;                 // --created YYYY-MM-DD (default: today, UTC)
  std::string schema;                  // --schema PATH: for the yaml-language-server header
};

/// Adds the `init` subcommand; its catalogue options (--catalogues, --no-shipped-catalogues)
/// land in `catalogues` and `no_shipped`, as for the other commands.
[[nodiscard]] CLI::App* add_init_command(CLI::App& app, InitOptions& o, std::string& catalogues,
                                         bool& no_shipped);

}  // namespace scopegen::cli

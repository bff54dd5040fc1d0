#include "cli/init_options.hpp"

#include "cli/validate.hpp"

namespace scopegen::cli {

CLI::App* add_init_command(CLI::App& app, InitOptions& o, std::string& catalogues,
                           bool& no_shipped) {
  CLI::App* cmd = app.add_subcommand(
      "init",
      "Write a starting app profile from providers and use cases, a grant string or an app "
      "manifest");
  cmd->add_option("PROFILE", o.profile, "The profile to write (refused when it exists)")
      ->required();
  cmd->add_option("--provider", o.providers, "A provider the app uses (repeatable, or a,b)")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->add_option("--use-case", o.use_cases,
                  "A use case, as ID or PROVIDER=ID (repeatable, or a,b)")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->add_option("--scopes", o.grants,
                  "PROVIDER=STRING: the scopes the app is granted today, written as the provider "
                  "writes them (the scope parameter of the consent URL; repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--manifest", o.manifest,
                  "[PROVIDER=]FILE: the app manifest the app has (permissions with purposes, "
                  "and its other fields)");
  cmd->add_option("--name", o.name, "The app's name (default: the manifest's, or the file's)");
  cmd->add_option("--id", o.id, "The app's id (default: from its name)");
  cmd->add_option("--created", o.created,
                  "When the app was registered with the providers (YYYY-MM-DD; default: today)")
      ->check(CLI::Validator([](const std::string& value) { return date_problem(value); }, ""));
  cmd->add_option("--schema", o.schema,
                  "The profile schema for the editor header line (json/<app>.profile.schema.json)");
  cmd->add_option("--catalogues", catalogues, "Where to find the shipped catalogues")
      ->check(CLI::ExistingDirectory);
  cmd->add_flag("--no-shipped-catalogues", no_shipped, "Read no shipped catalogue");
  return cmd;
}

}  // namespace scopegen::cli

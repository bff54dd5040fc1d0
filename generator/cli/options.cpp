#include "cli/options.hpp"

#include <CLI/CLI.hpp>

#include "cli/help.hpp"
#include "cli/import_options.hpp"
#include "cli/validate.hpp"
#include "cli/version.hpp"

namespace scopegen::cli {

namespace {

// A check of one option's value: CLI11 prints "--flag: <reason>" and exits 2, before any input
// is read or anything written.
CLI::Validator usage_check(std::string (*problem)(const std::string&)) {
  return CLI::Validator([problem](const std::string& value) { return problem(value); }, "");
}

void add_common(CLI::App& cmd, Options& o) {
  cmd.add_option("--out", o.out, "Output directory")
      ->required()
      ->check(usage_check(output_directory_problem));
  cmd.add_option("--templates", o.template_dirs,
                 "Template directory overriding or adding to the built-in ones (repeatable)")
      ->check(CLI::ExistingDirectory)
      ->allow_extra_args(false);  // one directory per flag, so inputs may follow it
  cmd.add_option("--builtin-templates", o.builtin_templates,
                 "Use this directory as the built-in templates");
  cmd.add_option("--catalogues", o.catalogues,
                 "Where to find the shipped catalogues that inputs name but do not define")
      ->check(CLI::ExistingDirectory);
  cmd.add_flag("--no-shipped-catalogues", o.no_shipped_catalogues, "Read only the inputs given");
  cmd.add_flag("--list-outputs", o.list_outputs, "Print the files a run would write, and stop");
  cmd.add_option("--depfile", o.depfile,
                 "Write a Makefile-syntax depfile of every table and template read");
  cmd.add_option("--stamp", o.stamp,
                 "Touch this file after a successful run (the depfile's target)");
  cmd.add_option("--dump-view", o.dump_view, "Print, as JSON, the data TARGET's templates receive");
  cmd.add_option("--targets", o.targets,
                 "Only these targets (cpp,ts,npm,python,json,md,manifest); others' files are kept")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd.add_option("--ts-style", o.ts_style,
                 "TypeScript names as enums (enum, the default) or as const objects with union "
                 "types (const: erasable syntax)")
      ->check(CLI::IsMember({"enum", "const"}));
  cmd.add_option("--evidence", o.evidence,
                 "A `scopegen scan --format json` result: the review shows each scope's call sites")
      ->check(CLI::ExistingFile);
  cmd.add_option("INPUT", o.inputs, "YAML tables, or directories of them")->required();
}

// `scan [--profile FILE] [--tables PATH]... [--format F] [--suggest] SOURCE...`
CLI::App* add_scan_command(CLI::App& app, Options& o) {
  CLI::App* scan = app.add_subcommand(
      "scan", "Find the API calls in source code and check them against the app profile");
  scan->add_option("--profile", o.profile, "The app profile to check the calls against")
      ->check(CLI::ExistingFile);
  scan->add_option("--tables", o.inputs,
                   "Catalogues, operation and SDK tables, or directories of them (repeatable; "
                   "default: the shipped data)")
      ->allow_extra_args(false);
  scan->add_option("--format", o.format, "text (default), json or sarif (SARIF 2.1.0)")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  scan->add_flag("--suggest", o.suggest,
                 "Print the YAML to add to the profile (exit 0) instead of failing");
  scan->add_option("--exclude", o.exclude,
                   "A directory name not to enter (repeatable; default: node_modules)")
      ->allow_extra_args(false);
  scan->add_option("--catalogues", o.catalogues, "Where to find the shipped data")
      ->check(CLI::ExistingDirectory);
  scan->add_flag("--no-shipped-catalogues", o.no_shipped_catalogues, "Read only the tables given");
  scan->add_option("SOURCE", o.sources, "Source files, or directories of them")->required();
  return scan;
}

}  // namespace

Parsed parse_arguments(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"scopegen: OAuth scope and app permission tables to C++, TypeScript and JSON"};
  app.set_version_flag("--version", std::string("scopegen ") + std::string(kVersion));
  app.require_subcommand(1);
  app.footer(std::string(help_footer()));
  Options o;
  CLI::App* generate = app.add_subcommand("generate", "Generate every output into --out");
  CLI::App* check = app.add_subcommand(
      "check", "Write nothing; exit 3 with a diff when --out differs from what would be generated");
  add_common(*generate, o);
  add_common(*check, o);
  CLI::App* manifest = app.add_subcommand(
      "manifest", "Rewrite only the permissions array of an existing app manifest, in place");
  manifest->add_option("PROVIDER", o.manifest_provider, "The app-permission provider's id")
      ->required();
  manifest->add_option("--merge", o.merge, "The app manifest to update")
      ->required()
      ->check(CLI::ExistingFile);
  manifest->add_flag("--dry-run", o.dry_run, "Print what the merge would change; write nothing");
  manifest->add_flag(
      "--check", o.check_only,
      "Write nothing; exit 3 when the manifest's permissions differ from the profile's");
  manifest->add_flag(
      "--prune", o.prune,
      "Remove permissions the profile does not request (kept and reported otherwise)");
  manifest->add_option("--catalogues", o.catalogues, "Where to find the shipped catalogues")
      ->check(CLI::ExistingDirectory);
  manifest->add_flag("--no-shipped-catalogues", o.no_shipped_catalogues,
                     "Read only the inputs given");
  manifest->add_option("INPUT", o.inputs, "YAML tables, or directories of them")->required();
  CLI::App* migrate = app.add_subcommand(
      "migrate", "Broad -> granular: per use case and for the app, what changes, and when");
  CLI::App* lint = app.add_subcommand("lint", "Least privilege: warnings about the app profile");
  for (CLI::App* cmd : {migrate, lint}) {
    cmd->add_option("--today", o.today,
                    "The date to judge deadlines by (YYYY-MM-DD; default: today)")
        ->check(usage_check(date_problem));
    cmd->add_option("--catalogues", o.catalogues, "Where to find the shipped catalogues")
        ->check(CLI::ExistingDirectory);
    cmd->add_flag("--no-shipped-catalogues", o.no_shipped_catalogues, "Read only the inputs given");
    cmd->add_option("INPUT", o.inputs, "YAML tables, or directories of them")->required();
  }
  migrate->add_option("--format", o.format, "text or json")->check(CLI::IsMember({"text", "json"}));
  lint->add_option("--format", o.format, "text (diagnostics on stderr) or json (on stdout)")
      ->check(CLI::IsMember({"text", "json"}));
  lint->add_flag("--strict", o.strict, "Warnings are errors (exit 1)");
  lint->add_option("--deadline-lead", o.deadline_lead_days,
                   "Warn (W404) this many days before a migration deadline (default 180)")
      ->check(CLI::Range(0L, 36500L));
  migrate->add_flag("--app-only", o.app_only,
                    "Only the app profile and the use cases it uses, not every use case");
  CLI::App* import_cmd = add_import_command(app, o.import);
  CLI::App* explain = app.add_subcommand(
      "explain",
      "What one API call needs under each scheme, and why; with --granted, what is missing");
  explain->add_option("PROVIDER", o.explain_provider, "A provider id, as its catalogue names it")
      ->required();
  explain
      ->add_option("OPERATION", o.explain_query,
                   "An operation id (getInvoices, customers.list), api.id, or \"METHOD /path\"")
      ->required();
  explain->add_option("--granted", o.granted,
                      "The granted `scope` string (a 401/403): which scope is missing (exit 1)");
  explain->add_flag("--no-shipped-catalogues", o.no_shipped_catalogues,
                    "Read only the inputs given (no default to the shipped data)");
  explain->add_option("INPUT", o.inputs,
                      "Tables, or directories of them (default: the shipped data)");
  CLI::App* scan = add_scan_command(app, o);
  CLI::App* init = add_init_command(app, o.init, o.catalogues, o.no_shipped_catalogues);
  // CLI11 would say only "not expected"; a mistyped command deserves a suggestion.
  if (argc > 1) {
    std::vector<std::string> commands;
    for (const CLI::App* cmd : app.get_subcommands([](CLI::App*) { return true; }))
      commands.push_back(cmd->get_name());
    if (auto problem = unknown_command(argv[1], commands)) {
      err << *problem;
      return {std::nullopt, kUsage};
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e, out, err);
    return {std::nullopt, code == 0 ? kOk : kUsage};
  }
  o.command = init->parsed()         ? Command::init
              : scan->parsed()       ? Command::scan
              : explain->parsed()    ? Command::explain
              : import_cmd->parsed() ? Command::import_tables
              : check->parsed()      ? Command::check
              : manifest->parsed()   ? Command::manifest
              : migrate->parsed()    ? Command::migrate
              : lint->parsed()       ? Command::lint
                                     : Command::generate;
  return {std::move(o), kOk};
}

}  // namespace scopegen::cli

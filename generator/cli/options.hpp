#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/init_options.hpp"
#include "import/import.hpp"

namespace scopegen::cli {

enum class Command { generate, check, manifest, migrate, lint, import_tables, explain, scan, init };

struct Options {
  Command command = Command::generate;
  std::string out;
  std::vector<std::string> inputs;
  std::vector<std::string> template_dirs;  // overrides and additions, in order
  std::string builtin_templates;           // empty: found next to the tool
  std::string catalogues;                  // empty: the shipped ones, found next to the tool
  bool no_shipped_catalogues = false;
  bool list_outputs = false;
  std::string depfile;
  std::string stamp;
  std::string dump_view;
  std::vector<std::string> targets;  // --targets: only these (all when empty)
  std::string ts_style;              // --ts-style: enum | const (empty: enum)
  std::string evidence;              // generate, check: a scan's JSON, for the review
  std::string manifest_provider;     // manifest: whose permissions
  std::string merge;                 // manifest: the file to update in place
  bool dry_run = false;              // manifest: print the changes, write nothing
  bool check_only = false;           // manifest: exit 3 when the manifest is not what merging gives
  bool prune = false;                // manifest: drop permissions the profile does not request
  std::string today;                 // migrate, lint: YYYY-MM-DD (default: today, UTC)
  std::string format = "text";       // migrate, lint: text | json
  bool strict = false;               // lint: warnings are errors
  long deadline_lead_days = 180;     // lint: W404 this many days before a migration deadline
  bool app_only = false;             // migrate: only the app profile and the use cases it uses

  importer::ImportOptions import;                    // import: sources, --out, --check
  std::string explain_provider;                      // explain: whose operation
  std::string explain_query;                         // explain: an id, api.id or "METHOD /path"
  std::optional<std::string> granted;                // explain: the token's `scope` string
  std::vector<std::string> sources;                  // scan: source files and directories
  std::string profile;                               // scan: the app profile to judge against
  std::vector<std::string> exclude{"node_modules"};  // scan: directory names not entered
  bool suggest = false;  // scan: print the YAML to add to the profile instead of failing
  InitOptions init;      // init: the profile to write and its sources
};

/// Exit codes, stable: build scripts and CI test for them.
enum ExitCode : int { kOk = 0, kInvalidInput = 1, kUsage = 2, kDrift = 3 };

/// Parses argv with CLI11. On --help/--version or a usage error it prints and returns the exit
/// code to use (0 or kUsage) instead of options.
struct Parsed {
  std::optional<Options> options;
  int exit_code = kOk;
};
[[nodiscard]] Parsed parse_arguments(int argc, const char* const* argv, std::ostream& out,
                                     std::ostream& err);

}  // namespace scopegen::cli

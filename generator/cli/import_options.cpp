#include "cli/import_options.hpp"

namespace scopegen::cli {

CLI::App* add_import_command(CLI::App& app, importer::ImportOptions& o) {
  CLI::App* cmd = app.add_subcommand(
      "import",
      "Rebuild <provider>.operations.yaml in --out from the provider's published sources");
  cmd->add_option("PROVIDER", o.provider, "A provider id, as its catalogue names it")->required();
  cmd->add_option("--openapi", o.openapi,
                  "Scopes: a directory of OpenAPI YAML files with security blocks; permissions: an "
                  "OpenAPI JSON document whose schemas carry the extensions the catalogue's "
                  "provider.openapi block names")
      ->check(CLI::ExistingPath);
  cmd->add_option("--scopes-page", o.scopes_page,
                  "Scopes: the provider's scopes page as text (deprecated scopes, resources)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--operations", o.operations,
                  "Permissions: the SDK's operations as TSV (sdk, method, http, path)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--manifest-schema", o.manifest_schema,
                  "Permissions: the app manifest's JSON Schema, to report names it lists that the "
                  "catalogue lacks")
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", o.out, "Where the table goes (the tables' directory, data/)")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--catalogues", o.catalogues,
                  "Where the provider's catalogue is (default: --out)")
      ->check(CLI::ExistingDirectory);
  cmd->add_flag(
      "--check", o.check,
      "Write nothing; exit 3 with a diff when the table differs from what the sources give");
  return cmd;
}

}  // namespace scopegen::cli

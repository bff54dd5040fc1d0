#pragma once

#include <ostream>
#include <string>

/// `scopegen import PROVIDER ...`: rebuilds data/<provider>.operations.yaml from the sources a
/// user can download, and reports what it could not map.
namespace scopegen::importer {

struct ImportOptions {
  std::string provider;         // the catalogue's provider id
  std::string openapi;          // scopes: a directory of OpenAPI YAML; permissions: spec3.json
  std::string scopes_page;      // scopes: the scopes page as text
  std::string operations;       // permissions: the SDK table (TSV)
  std::string manifest_schema;  // permissions: stripe-app.schema.json, for names it lists
  std::string out;              // where the table goes (data/)
  std::string catalogues;       // where the provider's catalogue is; default: `out`
  bool check = false;           // write nothing; exit 3 with a diff when the table differs
};

/// Exit code: 0, 1 (bad sources or catalogue), 2 (usage: sources that do not fit the
/// provider's kind), 3 (--check found drift). The report goes to `out`, diagnostics to `err`.
[[nodiscard]] int run_import(const ImportOptions& o, std::ostream& out, std::ostream& err);

}  // namespace scopegen::importer

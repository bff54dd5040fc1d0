#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"

/// Xero's "Scopes" page as text (tab-separated rows, as copied from its tables): which broad
/// scopes are deprecated and which granular scopes replace them, and the resources each scope
/// covers. "As above but GET only" rows take the resources of the row above.
namespace scopegen::importer {

struct ScopeRow {
  std::string name;
  std::vector<std::string> resources;  // "Invoices", "BalanceSheet"
  bool get_only = false;               // the `.read` rows: "As above but GET only"
  int line = 0;
};

struct ScopesPage {
  std::string file;
  std::map<std::string, std::vector<std::string>> replacements;  // deprecated -> granular
  std::map<std::string, ScopeRow> rows;                          // every scope with resources
  std::vector<std::string> names;                                // every scope named, page order
};

[[nodiscard]] std::optional<ScopesPage> read_scopes_page(const std::string& path,
                                                         diag::Diagnostics& diags);

}  // namespace scopegen::importer

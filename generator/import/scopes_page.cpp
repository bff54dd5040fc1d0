#include "import/scopes_page.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace scopegen::importer {

namespace {

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(line);
  while (std::getline(in, part, sep)) out.push_back(part);
  return out;
}

std::string trim(std::string s) {
  const auto first = s.find_first_not_of(" \r");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \r") - first + 1);
}

// Scope names are lower case and dotted: "accounting.invoices.read", "offline_access".
bool is_scope_name(const std::string& s) {
  if (s.empty() || !std::islower(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::islower(c) || std::isdigit(c) || c == '.' || c == '_';
  });
}

void add_name(ScopesPage& page, const std::string& name) {
  if (std::find(page.names.begin(), page.names.end(), name) == page.names.end())
    page.names.push_back(name);
}

}  // namespace

std::optional<ScopesPage> read_scopes_page(const std::string& path, diag::Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error(diag::code::kImportSource, {path, 0, 0}, "cannot read the scopes page");
    return std::nullopt;
  }
  ScopesPage page;
  page.file = path;
  std::string line;
  int number = 0;
  bool in_replacements = false;
  std::vector<std::string> previous;  // resources of the row above
  while (std::getline(in, line)) {
    ++number;
    const std::vector<std::string> cells = split(line, '\t');
    if (cells.size() >= 2 && trim(cells[0]) == "Deprecated scopes") {
      in_replacements = true;
      continue;
    }
    if (cells.size() < 2) {
      in_replacements = in_replacements && !trim(line).empty();
      continue;
    }
    const std::string name = trim(cells[0]);
    if (!is_scope_name(name)) continue;
    add_name(page, name);
    if (in_replacements) {
      std::istringstream words(cells[1]);
      std::string w;
      while (words >> w) page.replacements[name].push_back(w);
      continue;
    }
    if (cells.size() < 3) continue;
    ScopeRow row;
    row.name = name;
    row.line = number;
    const std::string last = trim(cells.back());
    if (last.rfind("As above but GET only", 0) == 0) {
      row.resources = previous;
      row.get_only = true;
    } else {
      for (const std::string& r : split(last, ',')) {
        if (!trim(r).empty()) row.resources.push_back(trim(r));
      }
      previous = row.resources;
    }
    page.rows[name] = std::move(row);
  }
  if (page.rows.empty()) {
    diags.error(diag::code::kImportSource, {path, 0, 0},
                "no scope rows with resources (Scope<TAB>Description<TAB>Resources)");
    return std::nullopt;
  }
  return page;
}

}  // namespace scopegen::importer

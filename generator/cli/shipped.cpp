#include "cli/shipped.hpp"

#include <filesystem>
#include <set>

#include "check/decode.hpp"
#include "load/inputs.hpp"

namespace scopegen::cli {

Shipped shipped_catalogues(const check::Tables& user, const std::string& directory,
                           diag::Diagnostics& diags) {
  std::set<std::string> defined;
  std::set<std::string> named;
  for (const check::Catalogue& c : user.catalogues) {
    if (c.provider) defined.insert(c.provider->id.value);
    if (c.extends) named.insert(c.extends->value);
  }
  for (const check::App& a : user.apps) {
    for (const check::AppProvider& p : a.providers) named.insert(p.id.value);
  }
  std::set<std::string> wanted;
  for (const std::string& id : named) {
    if (!defined.count(id)) wanted.insert(id);
  }
  Shipped out;
  std::error_code ec;
  if (wanted.empty() || !std::filesystem::is_directory(directory, ec)) return out;

  const auto documents = load::read_inputs({directory}, diags);
  check::Tables tables = check::decode(documents, diags);
  for (check::Catalogue& c : tables.catalogues) {
    const std::string& id = c.provider ? c.provider->id.value : c.extends->value;
    if (!wanted.count(id)) continue;
    out.files.push_back(c.absolute_path);
    out.catalogues.push_back(std::move(c));
  }
  return out;
}

}  // namespace scopegen::cli

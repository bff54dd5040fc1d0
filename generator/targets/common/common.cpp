#include "targets/common/common.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "diag/printable.hpp"

namespace scopegen::view {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

Json banner(const std::vector<std::string>& files, Escape comment) {
  return Json{{"inputs", comment(join(files, ", "))}};
}

std::vector<std::string> names_of(const model::Provider& p,
                                  const std::vector<model::Index>& indices) {
  std::vector<std::string> out;
  out.reserve(indices.size());
  for (model::Index i : indices) out.push_back(p.entries[i].name);
  return out;
}

std::vector<std::string> operation_files(const model::Provider& p) {
  std::set<std::string> files(p.files.begin(), p.files.end());
  for (const model::Operation& o : p.operations) {
    // As model/build.cpp names the catalogue files: printable, for JSON views and comments.
    files.insert(diag::printable(std::filesystem::path(o.pos.file).filename().generic_string()));
  }
  return {files.begin(), files.end()};
}

Json feature_flags(const model::Provider& p) {
  const bool resources = p.has_resources;
  const bool grant_string = p.grant_format != model::GrantFormat::none;
  const bool implies_any = std::any_of(p.entries.begin(), p.entries.end(),
                                       [](const model::Entry& e) { return !e.implies.empty(); });
  const bool retiring =
      std::any_of(p.statuses.begin(), p.statuses.end(),
                  [](const model::Status& st) { return st.role == model::Role::retiring; });
  return Json{{"has_statuses", !p.statuses.empty()},
              {"has_restrictions", !p.restrictions.empty()},
              {"has_replacements", retiring},
              {"has_resources", resources},
              {"has_implications", resources || implies_any},
              {"has_grant_string", grant_string},
              {"has_grant_list", !grant_string},
              {"has_always_required", !p.always_required.empty() || grant_string}};
}

}  // namespace scopegen::view

#include "targets/common/common.hpp"

namespace scopegen::view {

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

Json banner(const std::vector<std::string>& files, CommentEscape comment) {
  return Json{{"inputs", comment(join(files, ", "))}};
}

std::vector<std::string> names_of(const model::Provider& p,
                                  const std::vector<model::Index>& indices) {
  std::vector<std::string> out;
  out.reserve(indices.size());
  for (model::Index i : indices) out.push_back(p.entries[i].name);
  return out;
}

std::string kind_word(const model::Provider& p) {
  return p.kind == model::Kind::scopes ? "scopes" : "permissions";
}

}  // namespace scopegen::view

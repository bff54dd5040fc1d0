#include "model/resolve.hpp"

#include <algorithm>

#include "diag/suggest.hpp"

namespace scopegen::model {

std::optional<Index> resolve(const Provider& provider, const check::NameRef& ref,
                             std::string_view what, diag::Diagnostics& diags) {
  if (auto i = provider.find(ref.name)) return i;
  diags.error(diag::code::kUnknownRef, ref.pos,
              std::string(what) + " names unknown " + provider.noun.singular + " '" + ref.name +
                  "'" +
                  diag::did_you_mean(
                      ref.name, provider.entries.size(),
                      [&](std::size_t i) -> std::string_view { return provider.entries[i].name; }));
  return std::nullopt;
}

std::vector<Index> resolve_all(const Provider& provider, const std::vector<check::NameRef>& refs,
                               std::string_view what, diag::Diagnostics& diags) {
  std::vector<Index> out;
  for (const check::NameRef& ref : refs) {
    if (auto i = resolve(provider, ref, what, diags)) out.push_back(*i);
  }
  return out;
}

std::vector<Index> catalogue_order(std::vector<Index> indices) {
  std::sort(indices.begin(), indices.end());
  indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
  return indices;
}

}  // namespace scopegen::model

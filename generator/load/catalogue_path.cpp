#include "load/catalogue_path.hpp"

#include <filesystem>
#include <optional>

#include "load/inputs.hpp"

namespace scopegen::load {

namespace {

const Json* member(const Json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

std::optional<std::string> string_member(const Json& object, const char* key) {
  const Json* value = member(object, key);
  if (!value || !value->is_string()) return std::nullopt;
  return value->get<std::string>();
}

bool has_kind(const Document& d, const char* kind) {
  return string_member(d.root, "kind") == kind;
}

// "provider: {id: X}" -> X: the provider a catalogue defines.
std::optional<std::string> defined_provider(const Document& d) {
  if (!has_kind(d, "catalogue")) return std::nullopt;
  const Json* provider = member(d.root, "provider");
  return provider ? string_member(*provider, "id") : std::nullopt;
}

// A catalogue's `extends: X`, or every key of an app profile's `providers:`.
std::vector<std::string> named_providers(const Document& d) {
  std::vector<std::string> out;
  if (has_kind(d, "catalogue")) {
    if (auto id = string_member(d.root, "extends")) out.push_back(std::move(*id));
  } else if (has_kind(d, "app")) {
    const Json* providers = member(d.root, "providers");
    if (providers && providers->is_object()) {
      for (const auto& [key, _] : providers->items()) out.push_back(key);
    }
  }
  return out;
}

}  // namespace

std::set<std::string> CataloguePath::missing_providers(const std::vector<Document>& inputs) {
  std::set<std::string> defined;
  std::set<std::string> named;
  for (const Document& d : inputs) {
    if (auto id = defined_provider(d)) defined.insert(std::move(*id));
    for (std::string& id : named_providers(d)) named.insert(std::move(id));
  }
  std::set<std::string> missing;
  for (const std::string& id : named) {
    if (!defined.count(id)) missing.insert(id);
  }
  return missing;
}

std::vector<Document> CataloguePath::find(const std::set<std::string>& wanted,
                                          diag::Diagnostics& diags, const Limits& limits) const {
  std::vector<Document> out;
  std::set<std::string> found;  // providers an earlier directory supplied
  for (const std::string& directory : directories_) {
    std::error_code ec;
    if (wanted.size() == found.size() || !std::filesystem::is_directory(directory, ec)) continue;
    std::set<std::string> here;
    std::vector<Document> operations;  // kept when the same directory supplies the catalogue
    for (Document& d : read_inputs({directory}, diags, limits)) {
      // SDK naming tables (kind: sdks, for `scan`) come with the catalogue as operation tables do.
      if (has_kind(d, "operations") || has_kind(d, "sdks")) {
        const auto id = string_member(d.root, "provider");
        if (id && wanted.count(*id) && !found.count(*id)) operations.push_back(std::move(d));
        continue;
      }
      if (!has_kind(d, "catalogue")) continue;
      const std::optional<std::string> defined = defined_provider(d);
      const std::optional<std::string> id = defined ? defined : string_member(d.root, "extends");
      if (!id || !wanted.count(*id) || found.count(*id)) continue;
      here.insert(*id);
      out.push_back(std::move(d));
    }
    for (Document& d : operations) {
      if (here.count(*string_member(d.root, "provider"))) out.push_back(std::move(d));
    }
    found.insert(here.begin(), here.end());
  }
  return out;
}

std::vector<std::string> CataloguePath::defined(diag::Diagnostics& diags,
                                                const Limits& limits) const {
  std::set<std::string> ids;
  for (const std::string& directory : directories_) {
    std::error_code ec;
    if (!std::filesystem::is_directory(directory, ec)) continue;
    for (const Document& d : read_inputs({directory}, diags, limits)) {
      if (auto id = defined_provider(d)) ids.insert(std::move(*id));
    }
  }
  return {ids.begin(), ids.end()};
}

}  // namespace scopegen::load

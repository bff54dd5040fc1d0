// The parts of a `provider:` block that describe the provider's own file formats: the words of its
// app manifest and the extension names of its OpenAPI document. They are data, so that no check
// or importer names a provider.
#include "check/decode_parts.hpp"
#include "check/fields.hpp"

namespace scopegen::check {

namespace {

using namespace fields;

// A list of non-empty strings, each once; nothing when the list is wrong.
std::optional<std::vector<std::string>> words(const Reader& list, const std::string& what) {
  if (!list.expect_array(what)) return std::nullopt;
  not_empty(list, what);
  std::vector<std::string> out;
  for (const Reader& e : list.elements()) {
    auto value = e.as_string();
    if (!value) continue;
    if (value->empty()) {
      e.bad_value("an empty string in " + what);
      continue;
    }
    out.push_back(std::move(*value));
  }
  unique_items(list);
  return out;
}

std::optional<ManifestFormat> manifest_format(const Reader& r) {
  if (!r.expect_object("'manifest_format'") || !r.expect_keys({"viewports", "keys"}, {}))
    return std::nullopt;
  ManifestFormat out;
  if (const auto v = r.child("viewports")) {
    if (auto list = words(*v, "'viewports'")) out.viewports = std::move(*list);
  }
  if (const auto k = r.child("keys"); k && k->expect_object("'keys'")) {
    for (const auto& [key, values] : k->members()) {
      if (auto list = words(values, "'" + key + "'")) out.keys.emplace_back(key, std::move(*list));
    }
  }
  return out;
}

std::optional<OpenApiExtensions> openapi(const Reader& r) {
  if (!r.expect_object("'openapi'") ||
      !r.expect_keys({"resource_key", "operations_key"}, {"resource_key", "operations_key"}))
    return std::nullopt;
  OpenApiExtensions out;
  out.resource_key = optional_string(r, "resource_key", Shape::one_line);
  out.operations_key = optional_string(r, "operations_key", Shape::one_line);
  if (out.resource_key.empty() || out.operations_key.empty()) return std::nullopt;
  return out;
}

}  // namespace

void formats_of(const Reader& p, ProviderDef& def) {
  if (const auto m = p.child("manifest_format")) def.manifest_format = manifest_format(*m);
  if (const auto o = p.child("openapi")) def.openapi = openapi(*o);
}

}  // namespace scopegen::check

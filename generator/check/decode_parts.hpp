#pragma once

#include <map>
#include <optional>
#include <string>

#include "check/reader.hpp"
#include "check/tables.hpp"

// The per-kind decoders behind check::decode.
namespace scopegen::check {

[[nodiscard]] std::optional<Catalogue> decode_catalogue(const Reader& root);
/// The manifest formats the catalogues declare, by provider id.
using ManifestFormats = std::map<std::string, ManifestFormat, std::less<>>;
[[nodiscard]] std::optional<App> decode_app(const Reader& root, const ManifestFormats& formats);
/// The `manifest:` of an app profile's provider, as the app manifest's schema checks it (scopegen
/// adds `permissions`), with the viewports and further keys of `format`. Without a format (no
/// catalogue declares one for the provider), viewports are not checked and no further key is
/// allowed. Reports every problem; true when there is none. An app manifest as the provider
/// reads it (`init --manifest`) has its `permissions`: `with_permissions` takes them as given.
bool check_manifest(const Reader& manifest, const ManifestFormat* format,
                    bool with_permissions = false);
/// `manifest_format:` and `openapi:` of a `provider:` block.
void formats_of(const Reader& provider, ProviderDef& def);

}  // namespace scopegen::check

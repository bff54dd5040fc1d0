#pragma once

#include <optional>

#include "check/reader.hpp"
#include "check/tables.hpp"

// The per-kind decoders behind check::decode.
namespace scopegen::check {

[[nodiscard]] std::optional<Catalogue> decode_catalogue(const Reader& root);
[[nodiscard]] std::optional<App> decode_app(const Reader& root);
/// The `manifest:` of an app profile's provider, as Stripe's schema for stripe-app.json checks
/// it (scopegen adds `permissions`). Reports every problem; true when there is none.
bool check_manifest(const Reader& manifest);

}  // namespace scopegen::check

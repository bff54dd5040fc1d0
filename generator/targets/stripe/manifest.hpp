#pragma once

#include <optional>

#include "model/model.hpp"
#include "targets/registry.hpp"

namespace scopegen::view {

/// The app's request of a permission provider, or nothing when the profile makes none.
[[nodiscard]] const model::AppProvider* app_request(const model::Model& model,
                                                    const model::Provider& provider);

/// The manifest's `permissions` array: {"permission", "purpose"} in the profile's order, then
/// what subscribing to events adds (event_read), with a purpose naming the events.
[[nodiscard]] Json manifest_permissions(const model::Model& model,
                                        const model::AppProvider& request);

/// The whole stripe-app.json: id, version, name, icon, permissions, then the profile's other
/// manifest fields in the profile's order. Nothing when the profile has no manifest for it.
[[nodiscard]] std::optional<Json> manifest_document(const model::Model& model,
                                                    const model::Provider& provider);

}  // namespace scopegen::view

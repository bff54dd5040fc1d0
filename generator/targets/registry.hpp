#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string_view>

#include "model/model.hpp"

/// The registry of targets. A target is a template folder (templates/<name>/) plus the view
/// builders that give its templates their data. Adding a target touches four places: a row
/// here, a view builder file, a template folder, and a golden case.
namespace scopegen::view {

using Json = nlohmann::ordered_json;

/// A view builder returns nothing when the target has nothing to say for that scope (a
/// Stripe manifest for a provider that grants OAuth scopes); no file is written then.
using ProviderView = std::optional<Json> (*)(const model::Model&, const model::Provider&);
using ModelView = std::optional<Json> (*)(const model::Model&);

struct Target {
  std::string_view name;         // the template folder
  ProviderView provider_view;    // templates whose path holds {provider}
  ModelView model_view;          // every other template ({app} ones only when there is an app)
};

[[nodiscard]] std::span<const Target> targets();
[[nodiscard]] const Target* find_target(std::string_view name);

}  // namespace scopegen::view

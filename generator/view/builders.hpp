#pragma once

#include "view/target.hpp"

// Every view builder; one file each (cpp_view.cpp, json_view.cpp, ...).
namespace scopegen::view {

[[nodiscard]] std::optional<Json> cpp_provider_view(const model::Model&, const model::Provider&);
[[nodiscard]] std::optional<Json> cpp_model_view(const model::Model&);
[[nodiscard]] std::optional<Json> json_provider_view(const model::Model&, const model::Provider&);
[[nodiscard]] std::optional<Json> ts_provider_view(const model::Model&, const model::Provider&);
[[nodiscard]] std::optional<Json> ts_model_view(const model::Model&);
[[nodiscard]] std::optional<Json> md_model_view(const model::Model&);
[[nodiscard]] std::optional<Json> stripe_provider_view(const model::Model&, const model::Provider&);

}  // namespace scopegen::view

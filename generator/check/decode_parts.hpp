#pragma once

#include <optional>

#include "check/reader.hpp"
#include "check/tables.hpp"

// The per-kind decoders behind check::decode.
namespace scopegen::check {

[[nodiscard]] std::optional<Catalogue> decode_catalogue(const Reader& root);
[[nodiscard]] std::optional<App> decode_app(const Reader& root);

}  // namespace scopegen::check

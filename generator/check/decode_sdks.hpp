#pragma once

#include <optional>

#include "check/reader.hpp"
#include "check/sdk_table.hpp"

namespace scopegen::check {

/// `kind: sdks`: every shape problem with its position (E201-E205). Whether its provider and
/// APIs exist is the scan stage's question (scan/rules.hpp).
[[nodiscard]] std::optional<SdkTable> decode_sdks(const Reader& root);

}  // namespace scopegen::check

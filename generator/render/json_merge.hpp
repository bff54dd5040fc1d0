#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"

namespace scopegen::render {

/// Puts `value` as the top-level member `key` of the JSON object in `text`, changing no other
/// byte: every other member keeps its value, order, spacing and the file its final newline.
/// An existing member is replaced in place; a missing one is appended as the last member.
/// The value is laid out with the file's own indentation (2 spaces when it cannot tell).
/// Reports E105 (with line and column) when `text` is not a JSON object.
[[nodiscard]] std::optional<std::string> set_member(std::string_view text, const std::string& key,
                                                    const nlohmann::ordered_json& value,
                                                    const std::string& path,
                                                    diag::Diagnostics& diags);

/// The value of the top-level member `key` of the JSON object in `text` (null when it has
/// none), with the same checks and diagnostics as set_member. Numbers inside it read as 0.
[[nodiscard]] std::optional<nlohmann::ordered_json> get_member(std::string_view text,
                                                               const std::string& key,
                                                               const std::string& path,
                                                               diag::Diagnostics& diags);

}  // namespace scopegen::render

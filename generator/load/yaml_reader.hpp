#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"
#include "load/document.hpp"
#include "load/limits.hpp"

namespace scopegen::load {

/// Parses one YAML document into JSON with positions. Scalars follow the YAML 1.2 core schema
/// (plain `true`, `12`, `~`; anything quoted is a string; `2026-03-02` stays a string).
/// Core tags mean what they say (`!!str 12` is a string, `!!int x` an error); other tags
/// (`!!binary`, `!custom`) are errors, so no value silently means something else.
/// Rejects duplicate keys, non-scalar keys, multiple documents, invalid UTF-8 and NUL bytes.
/// Returns nothing (and reports why) when the text cannot be used.
[[nodiscard]] std::optional<Document> parse_yaml(std::string_view text, const std::string& path,
                                                 diag::Diagnostics& diags, const Limits& limits = {});

}  // namespace scopegen::load

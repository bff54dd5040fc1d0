#pragma once

#include <nlohmann/json.hpp>

#include "diag/diagnostics.hpp"

namespace scopegen::diag {

/// Diagnostics for tools (`scopegen lint --format json`):
/// `{"errors": N, "warnings": M, "diagnostics": [{"file", "line", "column", "severity", "code",
/// "summary", "message", "notes": [{"file", "line", "column", "message"}]}]}`, sorted as in text.
/// Every diagnostic is listed (no per-file cap); lines and columns are 0 when unknown.
[[nodiscard]] nlohmann::ordered_json to_json(const Diagnostics& diags);

/// `to_json` as text, two-space indented, invalid UTF-8 replaced so that it never throws.
[[nodiscard]] std::string json_text(const Diagnostics& diags);

}  // namespace scopegen::diag

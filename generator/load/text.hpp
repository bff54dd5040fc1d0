#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"

namespace scopegen::load {

/// Checks and normalises raw file bytes before YAML sees them: strips a UTF-8 byte-order mark,
/// turns CRLF into LF, and rejects NUL bytes (a binary file) and invalid UTF-8 with the
/// line and column of the first bad byte.
[[nodiscard]] std::optional<std::string> prepare_text(std::string_view bytes,
                                                      const std::string& path,
                                                      diag::Diagnostics& diags);

}  // namespace scopegen::load

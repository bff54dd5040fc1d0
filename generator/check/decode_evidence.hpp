#pragma once

#include <optional>

#include "check/reader.hpp"
#include "check/tables.hpp"

namespace scopegen::check {

/// `generate|check --evidence FILE`: a `scopegen scan --format json` result, read for what the
/// review shows (each finding's place, provider and candidate operations, and the names their
/// needs list). A file that is not one is E904 at its top; a finding of the wrong shape is
/// E201-E204 at the value, and is left out. Whether the providers, operations and names exist
/// is model/evidence.hpp's question.
[[nodiscard]] std::optional<Evidence> decode_evidence(const Reader& root);

}  // namespace scopegen::check

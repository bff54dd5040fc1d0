#pragma once

#include <optional>

#include "check/operations_table.hpp"
#include "check/reader.hpp"

namespace scopegen::check {

/// `kind: operations`: every shape problem with its position (E201-E205); rows with errors are
/// dropped. Whether the names exist is model::check_operations's question.
[[nodiscard]] std::optional<OperationTable> decode_operations(const Reader& root);

}  // namespace scopegen::check

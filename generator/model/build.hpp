#pragma once

#include <optional>

#include "check/tables.hpp"
#include "diag/diagnostics.hpp"
#include "model/model.hpp"

namespace scopegen::model {

/// Resolves and cross-checks the tables: duplicate ids and names (E301), unknown references
/// with a did-you-mean (E302), contradictions (E303), unknown providers (E304), more than one
/// app profile (E305). Returns the model only when there is no error.
[[nodiscard]] std::optional<Model> build(const check::Tables& tables, diag::Diagnostics& diags);

}  // namespace scopegen::model

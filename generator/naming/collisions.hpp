#pragma once

#include "diag/diagnostics.hpp"
#include "model/model.hpp"

namespace scopegen::naming {

/// Reports E401 at both positions when two names of the same kind (entries of one provider,
/// use cases of one provider, providers) give the same identifier in any target.
void check_collisions(const model::Model& model, diag::Diagnostics& diags);

}  // namespace scopegen::naming

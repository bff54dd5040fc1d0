#pragma once

#include "diag/diagnostics.hpp"
#include "model/model.hpp"

namespace scopegen::naming {

/// Reports E401 at both positions when two names of the same kind (entries of one provider,
/// use cases of one provider, providers) give the same identifier in any target, and when two
/// names the TypeScript barrel (index.ts) exports are the same ('xero_scope' beside 'xero' both
/// give 'XeroScope'; 'label' gives 'Label', which core.ts's type already is).
/// The C++ target shares one namespace, scopegen, whose provider namespaces are the snake-case
/// ids the provider check covers; outputs that share a path are render's check (E610).
void check_collisions(const model::Model& model, diag::Diagnostics& diags);

}  // namespace scopegen::naming

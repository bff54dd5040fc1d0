#pragma once

#include "diag/diagnostics.hpp"
#include "model/model.hpp"

namespace scopegen::view {

/// Walks the target registry: reports E401 at both positions when two names of the same kind
/// (entries of one provider, use cases of one provider, providers) give the same identifier
/// under a target's naming rules, and runs each target's own name check (the TypeScript
/// barrel's: 'a_scope' beside 'a' both give 'AScope').
/// The C++ target shares one namespace, scopegen, whose provider namespaces are the snake-case
/// ids the provider check covers; outputs that share a path are render's check (E610).
void check_collisions(const model::Model& model, diag::Diagnostics& diags);

}  // namespace scopegen::view

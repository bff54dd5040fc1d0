#pragma once

#include <vector>

#include "model/model.hpp"

/// The two lists a provider with a migration keeps side by side (Xero: broad scopes, replaced
/// one by one by granular ones). Built once with the app, so the generated code, `migrate` and
/// the review read the same sets.
namespace scopegen::model {

/// What a set of scopes becomes on granular scopes: every broad scope replaced.
[[nodiscard]] std::vector<Index> to_granular(const Provider& provider,
                                             const std::vector<Index>& scopes);

/// What a set of scopes is on broad scopes: every granular scope becomes the broad scope(s)
/// it replaces; scopes that are not changing stay.
[[nodiscard]] std::vector<Index> to_broad(const Provider& provider,
                                          const std::vector<Index>& scopes);

/// The profile's required set under each scheme, whichever it chose: each use case's list for
/// that scheme (the other list converted when the source gives none), the always-required
/// scopes, its own requests converted, and the least-privilege names of the operations it
/// declares under that scheme; and what a broad grant lacks.
[[nodiscard]] SchemeSets required_by_scheme(const Provider& provider, const AppProvider& app);

}  // namespace scopegen::model

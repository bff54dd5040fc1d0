#pragma once

#include <optional>
#include <vector>

#include "check/tables.hpp"
#include "diag/diagnostics.hpp"
#include "model/model.hpp"

/// The calls of a scan's JSON (--evidence), resolved onto the app profile for the review.
namespace scopegen::model {

/// Fills each of `app`'s providers' `calls` from `evidence`, in its order. Nothing is dropped
/// silently: a provider or operation the tables lack is W905, a name in an operation's needs
/// that its provider lacks W906 (either means the file is older than the tables: scan again), a
/// call to a provider the profile asks nothing of, or that no name it requires allows, W907.
void attach_evidence(const check::Evidence& evidence, const std::vector<Provider>& providers,
                     std::optional<App>& app, diag::Diagnostics& diags);

}  // namespace scopegen::model

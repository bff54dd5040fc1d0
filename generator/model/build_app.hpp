#pragma once

#include <optional>
#include <vector>

#include "check/tables.hpp"
#include "diag/diagnostics.hpp"
#include "model/model.hpp"

namespace scopegen::model {

/// Resolves the (at most one) app profile against the built providers: unknown providers,
/// use cases, names and events; duplicate requests; events no requested permission covers.
/// Warns about requests another request already implies and about sensitive permissions.
/// With `partial` (decoding dropped items in error), only names are checked: what follows from
/// something being absent (an uncovered event, a purpose nothing requires, W303) would be made
/// up by the dropped items, so it is not reported.
[[nodiscard]] std::optional<App> build_app(const std::vector<check::App>& apps,
                                           const std::vector<Provider>& providers,
                                           diag::Diagnostics& diags, bool partial = false);

}  // namespace scopegen::model

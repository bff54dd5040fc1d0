#pragma once

#include "model/model.hpp"

namespace scopegen::model {

/// Fills Entry::implied_closure: every entry reachable through `implies`, in catalogue order,
/// without the entry itself. Cycles (invoices <-> credit notes) and self-implication terminate.
void compute_closures(Provider& provider);

}  // namespace scopegen::model

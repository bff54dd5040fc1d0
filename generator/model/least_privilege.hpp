#pragma once

#include <optional>
#include <vector>

#include "model/model.hpp"

/// From the operations an app calls to the names it needs: the least-privilege set.
namespace scopegen::model {

/// The name of `required` (catalogue indexes, any order) that allows a need, directly or by
/// implication; none when none does or the need has no list.
[[nodiscard]] std::optional<Index> allowed_by(const Provider& provider, const OperationNeed& need,
                                              const std::vector<Index>& required);

/// The least privileged name of a need's any-of list: a read-only one before one that can
/// write, then the one implying least, then the table's order.
[[nodiscard]] Index least_privileged(const Provider& provider, const OperationNeed& need);

/// For each operation (indexes into provider.operations) under `scheme`: the name it adds to
/// `required`, or none when `required` allows it already, it needs nothing, or its need is not
/// known. Calls with a single choice go first, so `updateInvoice` taking accounting.invoices
/// spares `getInvoices` its accounting.invoices.read. Adds each name to `required`.
[[nodiscard]] std::vector<std::optional<Index>> derive_least_privilege(
    const Provider& provider, const std::vector<Index>& operations, Index scheme,
    std::vector<Index>& required);

}  // namespace scopegen::model

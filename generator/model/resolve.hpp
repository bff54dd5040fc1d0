#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "check/tables.hpp"
#include "diag/diagnostics.hpp"
#include "model/model.hpp"

// Name resolution shared by the provider and app builders.
namespace scopegen::model {

/// The index of `ref` in the provider, or nothing after an E302 with a did-you-mean.
/// `what` names the referring place: "use case 'payroll'".
[[nodiscard]] std::optional<Index> resolve(const Provider& provider, const check::NameRef& ref,
                                           std::string_view what, diag::Diagnostics& diags);

/// Resolves every ref, dropping the unknown ones (each reported).
[[nodiscard]] std::vector<Index> resolve_all(const Provider& provider,
                                             const std::vector<check::NameRef>& refs,
                                             std::string_view what, diag::Diagnostics& diags);

/// "scope" or "permission", as messages say it.

/// Indices sorted into catalogue order, without repeats.
[[nodiscard]] std::vector<Index> catalogue_order(std::vector<Index> indices);

}  // namespace scopegen::model

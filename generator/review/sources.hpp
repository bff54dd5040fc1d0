#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/model.hpp"

namespace scopegen::review {

/// Why an entry is in an app's required set, and where the profile says so.
struct Source {
  std::string why;      // "requested", "use case 'x'", "always required", "operation getInvoices",
                        // "event subscriptions"
  std::string purpose;  // the profile's purpose, or the use case's default justification
  diag::Position pos;
  std::string for_reviewer;  // `why` in words: "use case Automating receivables"
};

/// Every reason each required entry is there, in the order: requests, use cases, always
/// required, declared operations, event subscriptions. Lint messages name the first; the review
/// document lists all.
[[nodiscard]] std::map<model::Index, std::vector<Source>> requirement_sources(
    const model::Model& model, const model::AppProvider& request);

/// The list of a use case the app's scheme selects.
[[nodiscard]] const model::ScopeList& selected_list(const model::AppProvider& request,
                                                    const model::UseCase& u);

}  // namespace scopegen::review

#pragma once

#include <string>
#include <vector>

#include "model/model.hpp"

namespace scopegen::review {

/// One line of the review document (Xero's certification "Scopes" checkpoint, Stripe's app
/// review): a requested scope or permission, why the app holds it, and in whose words. Plain
/// text; each target escapes it for its own format.
struct ReviewRow {
  std::string name;
  std::string access;                     // "read" | "write"
  std::string description;                // what the provider says it grants
  std::vector<std::string> needed_by;     // "requested", "use case Automating receivables", ...
  std::string purpose;                    // the reasons given, each once, joined
  std::vector<std::string> restrictions;  // "advanced_tier: what was arranged" or what to arrange
  std::vector<std::string> notes;         // "sensitive", "unconfirmed: why"
};

/// The rows of one provider the app requests from, in the order of its required set.
[[nodiscard]] std::vector<ReviewRow> review_rows(const model::Model& model,
                                                 const model::AppProvider& request);

}  // namespace scopegen::review

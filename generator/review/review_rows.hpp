#pragma once

#include <string>
#include <vector>

#include "model/model.hpp"

namespace scopegen::review {

/// A call in the code that needs a row's name (--evidence): "src/sync.ts:12:5" and the
/// operations it is (keys; several when the scan could not tell which).
struct CallRow {
  std::string file;
  int line = 0;
  int column = 0;
  std::vector<std::string> operations;
};

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
  /// The operations the profile declares that need it (their keys, the profile's order).
  std::vector<std::string> operations;
  /// The operations of the provider's table it allows under the profile's scheme (it, or a name
  /// it implies, is in the operation's any-of list), in table order; empty without a table.
  std::vector<std::string> allows;
  /// The calls --evidence lists whose operation it allows (as `allows` counts), in the
  /// evidence's order; empty without --evidence.
  std::vector<CallRow> calls;
};

/// The number of operations in the table of the provider `request` names: 0 when it has none.
[[nodiscard]] std::size_t table_operations(const model::Model& model,
                                           const model::AppProvider& request);

/// The rows of one provider the app requests from, in the order of its required set.
[[nodiscard]] std::vector<ReviewRow> review_rows(const model::Model& model,
                                                 const model::AppProvider& request);

}  // namespace scopegen::review

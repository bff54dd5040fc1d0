#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "model/model.hpp"
#include "scan/detect.hpp"

/// The findings against the model and the app profile: what each call needs under the
/// profile's scheme, what the profile lacks (E901, E902 at the call), what it requests that
/// nothing needs (W901 at the request), and the least-privilege set.
namespace scopegen::scan {

/// What one provider's calls add up to.
struct ProviderResult {
  std::string provider;
  model::Index scheme = 0;              // the scheme judged: the profile's, else the current one
  std::string scheme_name;              // broad, granular, scopes, permissions
  bool in_profile = false;              // the profile asks something of this provider
  std::vector<model::Index> needed;     // least privilege: calls, use cases, always-required
  std::vector<model::Index> requested;  // the profile's required set
  std::vector<model::Index> missing;    // in `needed`, not allowed by `requested`
  std::vector<model::Index> unneeded;   // requested explicitly, not in `needed`
  std::vector<model::Position> unneeded_pos;
};

struct Report {
  std::vector<Finding> findings;
  std::vector<ProviderResult> providers;  // every provider with findings or in the profile
};

/// `operations[i]` is the model's operation behind the detector's operation i.
[[nodiscard]] Report reconcile(const model::Model& model,
                               const std::vector<const model::Operation*>& operations,
                               std::vector<Finding> findings, diag::Diagnostics& diags);

/// The scheme a provider is judged under: the app profile's for it, else its current one.
[[nodiscard]] model::Index scheme_of(const model::Model& model, const model::Provider& provider);

/// An operation's need under `scheme`; null when the table gives none.
[[nodiscard]] const model::OperationNeed* need_of(const model::Operation& op, model::Index scheme);

/// "xero getInvoices (GET /Invoices)", "xero payroll_uk.getEmployees (GET /Employees)".
[[nodiscard]] std::string describe(const model::Operation& op, const std::string& provider);

/// Names joined: "a, b or c".
[[nodiscard]] std::string names(const model::Provider& provider,
                                const std::vector<model::Index>& entries, const char* last);

}  // namespace scopegen::scan

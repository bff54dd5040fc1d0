#pragma once

#include "diag/diagnostics.hpp"
#include "model/model.hpp"
#include "review/dates.hpp"

namespace scopegen::review {

/// `scopegen lint`: least privilege in the app profile, as positioned diagnostics:
///   W401 a write scope where the profile says it only reads;
///   W402 a restricted or tiered scope with no `arrangements:` entry saying what was done;
///   E403 a broad scope in an app created on or after the provider's granular-only date;
///   W404 a broad (deprecated) scope once the migration deadline is near (options) or has passed;
///   W405 a request a use case already covers, or a use case that adds nothing;
///   W406 a required name with no purpose (none of its own, no use case justification).
/// Implied and sensitive permissions (W301, W302) come from building the model.
struct LintOptions {
  /// W404 warns this many days before the migration deadline, not only after it: migrating
  /// means every user consents again, which takes longer than a release.
  long deadline_lead_days = 180;
};
void lint(const model::Model& model, Day today, const LintOptions& options,
          diag::Diagnostics& diags);

/// What a team must arrange before a provider grants a scope with this restriction.
[[nodiscard]] std::string_view what_to_arrange(const model::Provider& provider,
                                               model::Index restriction);

}  // namespace scopegen::review

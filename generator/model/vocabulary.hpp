#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "check/tables.hpp"
#include "diag/diagnostics.hpp"
#include "model/model.hpp"

/// A provider's own words (statuses, restrictions, schemes, grant format), turned from the
/// strings its catalogue declares into indices and enums, once: nothing after model/ compares
/// them as strings.
namespace scopegen::model {

/// Copies the `provider:` block's vocabulary into `p`, reporting a word declared twice (E301).
void declare_vocabulary(const check::ProviderDef& def, Provider& p, diag::Diagnostics& diags);

/// An entry's status and restrictions as indices into `p`'s vocabulary; an undeclared word is
/// E204 at its position, with a did-you-mean; a missing status where `p` declares some is E202.
void resolve_vocabulary(const check::Scope& scope, const Provider& p, Entry& e,
                        diag::Diagnostics& diags);

/// The index of `word` in `p`'s schemes (an app's `scheme:`), or nothing after an E204.
[[nodiscard]] std::optional<Index> resolve_scheme(const check::Text& word, const Provider& p,
                                                  diag::Diagnostics& diags);

/// The index of a restriction an app's `arrangements:` names, or nothing after an E203.
[[nodiscard]] std::optional<Index> resolve_restriction(std::string_view word, Position at,
                                                       const Provider& p, diag::Diagnostics& diags);

}  // namespace scopegen::model

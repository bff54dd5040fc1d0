#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace scopegen::diag {

/// Names longer than this get no suggestion, and are none: a typo is suggested for names a
/// person types (the longest real one, a URL-style scope, is under 100 bytes).
inline constexpr std::size_t kMaxSuggestedLength = 160;

/// The work one run may spend on suggestions, in units of about one character comparison (a
/// fraction of a second). Past it, diagnostics come without a suggestion: a table with hundreds
/// of thousands of unknown names is still diagnosed in about a second, not minutes.
inline constexpr std::size_t kSuggestWorkBudget = 100'000'000;

/// Gives this thread a fresh kSuggestWorkBudget. Each run starts with one: a process that runs
/// many (the golden tests, a fuzzer) would otherwise stop suggesting once the first runs spent it.
void reset_suggestion_budget();

/// The candidate closest to `wrong` by edit distance, if it is close enough to be a likely typo
/// (at most a third of the longer name, and at least 1 edit tolerated). Bounded work: see
/// kMaxSuggestedLength and kSuggestWorkBudget.
/// suggest("acounting.journals.read", {"accounting.journals.read", ...}) ->
/// "accounting.journals.read"
[[nodiscard]] std::optional<std::string> suggest(std::string_view wrong,
                                                 std::span<const std::string> candidates);

/// " (did you mean 'x'?)" or "" when nothing is close: appended to messages.
[[nodiscard]] std::string did_you_mean(std::string_view wrong,
                                       std::span<const std::string> candidates);

/// The same over `count` candidates read one at a time, `candidate(i)`: for names that live in
/// the model's records, so that no list of them is copied for each unknown name (100,000
/// unknown references to a 100,000-entry catalogue copied 10^10 strings).
[[nodiscard]] std::optional<std::string> suggest(
    std::string_view wrong, std::size_t count,
    const std::function<std::string_view(std::size_t)>& candidate);
[[nodiscard]] std::string did_you_mean(
    std::string_view wrong, std::size_t count,
    const std::function<std::string_view(std::size_t)>& candidate);

}  // namespace scopegen::diag

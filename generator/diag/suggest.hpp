#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace scopegen::diag {

/// The candidate closest to `wrong` by edit distance, if it is close enough to be a likely typo
/// (at most a third of the longer name, and at least 1 edit tolerated).
/// suggest("acounting.journals.read", {"accounting.journals.read", ...}) -> "accounting.journals.read"
[[nodiscard]] std::optional<std::string> suggest(std::string_view wrong,
                                                 std::span<const std::string> candidates);

/// " (did you mean 'x'?)" or "" when nothing is close: appended to messages.
[[nodiscard]] std::string did_you_mean(std::string_view wrong,
                                       std::span<const std::string> candidates);

}  // namespace scopegen::diag

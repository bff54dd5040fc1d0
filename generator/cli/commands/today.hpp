#pragma once

#include <optional>

#include "cli/options.hpp"
#include "diag/diagnostics.hpp"
#include "review/dates.hpp"

namespace scopegen::cli::commands {

/// The day `migrate` and `lint` judge deadlines against: --today, else today in UTC.
/// Nothing when --today is not a date (E204 at "--today").
[[nodiscard]] std::optional<review::Day> today_of(const Options& o, diag::Diagnostics& diags);

}  // namespace scopegen::cli::commands

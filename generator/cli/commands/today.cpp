#include "cli/commands/today.hpp"

namespace scopegen::cli::commands {

std::optional<review::Day> today_of(const Options& o, diag::Diagnostics& diags) {
  if (o.today.empty()) return review::today_utc();
  const auto day = review::parse_day(o.today);
  if (!day)
    diags.error(diag::code::kBadValue, {"--today", 0, 0},
                "'" + o.today + "' is not a date (YYYY-MM-DD)");
  return day;
}

}  // namespace scopegen::cli::commands

#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scopegen::review {

/// A calendar day, as days since 1970-01-01 (so differences are day counts).
using Day = long;

/// "2026-03-02" -> that day. A month-only date is read as its first day ("2026-04" -> 2026-04-01)
/// or, with `end_of_month`, its last ("2027-09" -> 2027-09-30): "from April", "by September".
[[nodiscard]] std::optional<Day> parse_day(std::string_view date, bool end_of_month = false);

/// Day -> "YYYY-MM-DD".
[[nodiscard]] std::string format_day(Day day);

/// The current UTC day: the default of --today.
[[nodiscard]] Day today_utc();

}  // namespace scopegen::review

#include "review/dates.hpp"

#include <chrono>
#include <cstdio>

namespace scopegen::review {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
Day days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

struct Civil {
  long y;
  unsigned m;
  unsigned d;
};

Civil civil_from_days(Day z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<long>(yoe) + era * 400 + (m <= 2), m, d};
}

bool digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

}  // namespace

std::optional<Day> parse_day(std::string_view date, bool end_of_month) {
  if ((date.size() != 7 && date.size() != 10) || date[4] != '-') return std::nullopt;
  if (!digits(date.substr(0, 4)) || !digits(date.substr(5, 2))) return std::nullopt;
  const long y = std::stol(std::string(date.substr(0, 4)));
  const auto m = static_cast<unsigned>(std::stoul(std::string(date.substr(5, 2))));
  if (m < 1 || m > 12) return std::nullopt;
  if (date.size() == 7) {
    if (!end_of_month) return days_from_civil(y, m, 1);
    return (m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, m + 1, 1)) - 1;
  }
  if (date[7] != '-' || !digits(date.substr(8, 2))) return std::nullopt;
  const auto d = static_cast<unsigned>(std::stoul(std::string(date.substr(8, 2))));
  const Day day = days_from_civil(y, m, d);
  const Civil back = civil_from_days(day);
  if (back.m != m || back.d != d) return std::nullopt;  // 2026-02-30
  return day;
}

std::string format_day(Day day) {
  const Civil c = civil_from_days(day);
  char text[48];  // room for any long and unsigned: GCC's -Wformat-truncation cannot bound them
  std::snprintf(text, sizeof text, "%04ld-%02u-%02u", c.y, c.m, c.d);
  return text;
}

Day today_utc() {
  const auto now = std::chrono::system_clock::now();
  return static_cast<Day>(
      std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24);
}

}  // namespace scopegen::review

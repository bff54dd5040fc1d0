#include "check/vocabulary.hpp"

#include <algorithm>

namespace scopegen::check::vocabulary {

namespace {
constexpr bool lower(char c) {
  return c >= 'a' && c <= 'z';
}
constexpr bool digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool lower_or_digit(char c) {
  return lower(c) || digit(c);
}
}  // namespace

bool is_entry_name(std::string_view s) {
  const auto letter = [](char c) { return lower(c) || (c >= 'A' && c <= 'Z'); };
  if (s.empty() || !letter(s.front())) return false;
  for (char c : s) {
    if (!letter(c) && !digit(c) && std::string_view("._:/+~-").find(c) == std::string_view::npos) {
      return false;
    }
  }
  return true;
}

bool is_id(std::string_view s) {
  if (s.empty() || !lower(s.front())) return false;
  for (char c : s) {
    if (!lower_or_digit(c) && c != '_') return false;
  }
  return true;
}

bool is_operation_query(std::string_view s) {
  const auto is_alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const auto space = s.find(' ');
  if (space == std::string_view::npos) {
    if (s.empty() || s.size() > 200 || !is_alpha(s.front())) return false;
    return std::all_of(s.begin(), s.end(), [&](char c) {
      return is_alpha(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    });
  }
  const std::string_view method = s.substr(0, space);
  const std::string_view path = s.substr(space + 1);
  return !method.empty() && method.size() <= 7 &&
         std::all_of(method.begin(), method.end(), is_alpha) && path.size() >= 1 &&
         path.size() <= 400 && path.front() == '/' &&
         std::all_of(path.begin(), path.end(), [](char c) { return c > ' ' && c < 0x7f; });
}

bool is_event_type(std::string_view s) {
  const auto dot = s.find('.');
  if (dot == std::string_view::npos || !is_id(s.substr(0, dot))) return false;
  std::string_view rest = s.substr(dot);
  while (!rest.empty()) {
    rest.remove_prefix(1);  // the dot
    const auto next = rest.find('.');
    const std::string_view part = rest.substr(0, next);
    if (part.empty()) return false;
    for (char c : part) {
      if (!lower_or_digit(c) && c != '_') return false;
    }
    rest = next == std::string_view::npos ? std::string_view{} : rest.substr(next);
  }
  return true;
}

bool is_date(std::string_view s) {
  if (s.size() != 7 && s.size() != 10) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool dash_slot = i == 4 || i == 7;
    if (dash_slot ? s[i] != '-' : !digit(s[i])) return false;
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  if (month < 1 || month > 12) return false;
  if (s.size() == 7) return true;
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return day >= 1 && day <= 31;
}

bool has_access_suffix(std::string_view s) {
  const auto ends_with = [&](std::string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
  };
  return ends_with("_read") || ends_with("_write");
}

}  // namespace scopegen::check::vocabulary

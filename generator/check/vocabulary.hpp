#pragma once

#include <array>
#include <string_view>

/// The closed vocabularies and name patterns of the table format. schema/*.json says the same
/// in JSON Schema; tests/schema runs both on the same good and bad tables so they cannot drift.
namespace scopegen::check::vocabulary {

/// What a declared status means to the lints and the migration (catalogue `statuses[].role`).
inline constexpr std::array<std::string_view, 2> kRoles{"stable", "retiring"};
/// How a granted set is written (catalogue `provider.grant_format`).
inline constexpr std::array<std::string_view, 3> kGrantFormats{"space", "comma", "none"};

/// ^[A-Za-z][A-Za-z0-9._:/+~-]*$ : "accounting.reports.read", "channels:read", "read_orders",
/// "https://www.googleapis.com/auth/drive.readonly". No space, comma or quote, so no grant
/// format's separator can appear in a name.
[[nodiscard]] bool is_entry_name(std::string_view s);
/// ^[a-z][a-z0-9_]*$ : provider, use case, integration and app ids.
[[nodiscard]] bool is_id(std::string_view s);
/// ^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$ : "invoice.paid".
[[nodiscard]] bool is_event_type(std::string_view s);
/// What a profile may name an operation by: an id or api.id (a letter, then letters, digits,
/// '.', '_', '-'), or "METHOD /path" (an upper- or lower-case HTTP method, one space, a path
/// of printable ASCII without spaces).
[[nodiscard]] bool is_operation_query(std::string_view s);
/// YYYY-MM-DD or YYYY-MM, with a real month and day.
[[nodiscard]] bool is_date(std::string_view s);
/// Permission names end in _read or _write: that is their access.
[[nodiscard]] bool has_access_suffix(std::string_view s);

template <std::size_t N>
[[nodiscard]] constexpr bool contains(const std::array<std::string_view, N>& words,
                                      std::string_view w) {
  for (std::string_view x : words) {
    if (x == w) return true;
  }
  return false;
}

}  // namespace scopegen::check::vocabulary

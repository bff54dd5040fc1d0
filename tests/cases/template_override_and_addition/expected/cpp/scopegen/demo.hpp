// custom banner for demo.yaml

#ifndef SCOPEGEN_DEMO_HPP
#define SCOPEGEN_DEMO_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scopegen/core.hpp"

/// Demo Books: every scope as an enum, with its metadata, sets and parsing.
namespace scopegen::demo {

inline constexpr std::string_view kProviderId = "demo";
inline constexpr std::string_view kProviderName = "Demo Books";

/// Every scope, in catalogue order.
enum class Scope : std::uint8_t {
  offline_access,  ///< Keep the connection alive
  ledger_read,  ///< Read the ledger
  ledger,  ///< Read and write the ledger
  everything,  ///< All of it
};

inline constexpr std::size_t kScopeCount = 4;
using ScopeSet = ::scopegen::EnumSet<Scope, kScopeCount>;

/// Where a scope stands, as the catalogue's `statuses:` declares.
enum class Status : std::uint8_t {
  oidc,
  session,
  broad,
  granular,
  unchanged,
  app_level,
};

/// What an app must arrange before the provider grants a scope.
enum class Restriction : std::uint8_t {
  advanced_tier,
  approved_partners,
  signed_addendum,
  us_only,
  deprecated_endpoints,
};
using RestrictionSet = ::scopegen::EnumSet<Restriction, 5>;

namespace detail {
inline constexpr std::array<std::string_view, kScopeCount> kNames{
    std::string_view("offline_access", 14),
    std::string_view("ledger.read", 11),
    std::string_view("ledger", 6),
    std::string_view("everything", 10),
};
inline constexpr std::array<std::string_view, kScopeCount> kDescriptions{
    std::string_view("Keep the connection alive", 25),
    std::string_view("Read the ledger", 15),
    std::string_view("Read and write the ledger", 25),
    std::string_view("All of it", 9),
};
inline constexpr std::array<bool, kScopeCount> kReadOnly{
    true,
    true,
    false,
    false,
};
inline constexpr std::array<bool, kScopeCount> kSensitive{
    false,
    false,
    false,
    false,
};
inline constexpr std::array<bool, kScopeCount> kUnconfirmed{
    false,
    false,
    false,
    false,
};
inline constexpr std::array<Status, kScopeCount> kStatus{
    Status::session,
    Status::granular,
    Status::granular,
    Status::broad,
};
inline constexpr std::array<RestrictionSet, kScopeCount> kRestrictions{
    RestrictionSet{},
    RestrictionSet{},
    RestrictionSet{},
    RestrictionSet{},
};
// Sparse: kReplacedByRows has a row only for the scopes with members, sorted by key;
// a row's members are kReplacedByItems from the previous row's `end` to its own.
inline constexpr std::array<::scopegen::detail::SparseRow, 1> kReplacedByRows{ {
    { 3, 1 },  // everything
} };
inline constexpr std::array<Scope, 1> kReplacedByItems{ {
    Scope::ledger,
} };

// Perfect hash of the names: the length and a few words hashed, a displacement per bucket, then
// one slot and one compare.
inline constexpr std::uint64_t kSeed = 1554098974ull;
inline constexpr std::array<std::uint8_t, 2> kDisplacements{
    0, 0};
// Each slot holds the name's bytes, size and enumerator itself: one load less than an index.
inline constexpr ::scopegen::detail::NameSlot kSlots[8] = {
    {}, {kNames[3].data(), 10, 3}, {kNames[1].data(), 11, 1}, {kNames[0].data(), 14, 0},
    {}, {}, {kNames[2].data(), 6, 2}, {}};

constexpr std::size_t index(std::size_t i) noexcept { return i; }
}  // namespace detail

/// The wire name: "scope" as the provider spells it.
[[nodiscard]] constexpr std::string_view to_string(Scope e) noexcept {
  return detail::kNames[static_cast<std::size_t>(e)];
}

/// The scope named exactly `name`, or nothing (case-sensitive; no trimming).
[[nodiscard]] constexpr std::optional<Scope> parse(std::string_view name) noexcept {
  if (name.size() < 6 || name.size() > 14) return std::nullopt;
  const std::uint64_t h = ::scopegen::detail::sampled_hash(name, detail::kSeed, 0);
  const std::uint32_t d = detail::kDisplacements[h >> 63];
  const ::scopegen::detail::NameSlot& slot = detail::kSlots[::scopegen::detail::slot_of(h, d, 7u)];
  if (slot.size != name.size() || !::scopegen::detail::same_bytes(slot.name, name.data(), name.size(), 0)) {
    return std::nullopt;
  }
  return static_cast<Scope>(slot.index);
}

/// One line saying what the scope grants.
[[nodiscard]] constexpr std::string_view description(Scope e) noexcept {
  return detail::kDescriptions[static_cast<std::size_t>(e)];
}
/// True when the scope only reads.
[[nodiscard]] constexpr bool read_only(Scope e) noexcept { return detail::kReadOnly[static_cast<std::size_t>(e)]; }
/// True when the provider flags the scope as sensitive.
[[nodiscard]] constexpr bool sensitive(Scope e) noexcept { return detail::kSensitive[static_cast<std::size_t>(e)]; }
/// True when a fact about the scope could not be confirmed from an official source.
[[nodiscard]] constexpr bool unconfirmed(Scope e) noexcept {
  return detail::kUnconfirmed[static_cast<std::size_t>(e)];
}

/// Every scope, as a set.
[[nodiscard]] constexpr ScopeSet all() noexcept {
  ScopeSet s;
  for (std::size_t i = 0; i < kScopeCount; ++i) s.insert(static_cast<Scope>(i));
  return s;
}

[[nodiscard]] constexpr Status status(Scope s) noexcept { return detail::kStatus[static_cast<std::size_t>(s)]; }
[[nodiscard]] constexpr RestrictionSet restrictions(Scope s) noexcept {
  return detail::kRestrictions[static_cast<std::size_t>(s)];
}
/// For a deprecated broad scope, the granular scopes that replace it; empty otherwise.
[[nodiscard]] constexpr ScopeSet replaced_by(Scope s) noexcept {
  return ::scopegen::detail::row_set<ScopeSet>(detail::kReplacedByRows, detail::kReplacedByItems, static_cast<std::size_t>(s));
}

/// Scopes every connection needs, whatever the use case.
inline constexpr ScopeSet kAlwaysRequired = ScopeSet{Scope::offline_access};

/// The `scope` parameter of a consent URL: names joined by spaces, in catalogue order.
[[nodiscard]] inline std::string scope_string(const ScopeSet& set) {
  return ::scopegen::detail::join_names(set, [](Scope s) { return to_string(s); });
}

using ParsedScopes = ::scopegen::ParsedNames<Scope, kScopeCount>;

/// The `scope` field of a token response: the known scopes, and every name it does not know.
[[nodiscard]] inline ParsedScopes parse_scope_string(std::string_view granted) {
  return ::scopegen::detail::parse_names<Scope, kScopeCount>(granted, [](std::string_view n) { return parse(n); });
}

/// What a stored token lacks, and whether its user must consent again.
struct ConsentCheck {
  ScopeSet missing;                        // required, not granted
  std::vector<std::string> unknown;       // granted names this catalogue does not know (copies)
  bool reconsent_required;                // the user must go through consent again
};

/// Checks the `scope` string of a stored token against what the app requires now (for example
/// after moving to granular scopes).
[[nodiscard]] inline ConsentCheck check_consent(std::string_view granted, const ScopeSet& required) {
  ParsedScopes parsed = parse_scope_string(granted);
  const ScopeSet missing = parsed.known.missing(required);
  return ConsentCheck{missing, std::move(parsed.unknown), !missing.empty()};
}

/// Platforms that broker this provider.
struct Integration {
  std::string_view id;
  std::string_view name;
  std::string_view platform_key;
  std::string_view redirect_uri;
  int company_limit;  // 0 when none is known
};
inline constexpr std::array<Integration, 0> kIntegrations{
};

/// Every use case, in table order.
enum class UseCase : std::uint8_t {
  bookkeeping,  ///< Bookkeeping
};
inline constexpr std::size_t kUseCaseCount = 1;

struct UseCaseInfo {
  std::string_view id;
  std::string_view label_en;
  std::string_view label_fr;     // empty when the source gives none
  std::string_view integration;  // empty when the provider's own
  bool read_only_configuration;  // scopes are set with the provider's specialist
  bool broad_known;              // false: the source gives no broad list (not: an empty one)
  bool granular_known;
};

namespace detail {
inline constexpr std::array<UseCaseInfo, kUseCaseCount> kUseCases{
    UseCaseInfo{ "bookkeeping", "Bookkeeping", "Tenue de livres", "", false, true, true },
};
// Sparse: kUseCaseListsRows has a row only for the use cases' lists with members, sorted by key;
// a row's members are kUseCaseListsItems from the previous row's `end` to its own.
inline constexpr std::array<::scopegen::detail::SparseRow, 2> kUseCaseListsRows{ {
    { 0, 1 },  // bookkeeping broad
    { 1, 2 },  // bookkeeping granular
} };
inline constexpr std::array<Scope, 2> kUseCaseListsItems{ {
    Scope::everything,
    Scope::ledger,
} };
/// List `list` of a use case (its scheme's index, or 0), empty when the source gives none.
constexpr ScopeSet use_case_list(UseCase u, std::size_t list) noexcept {
  return ::scopegen::detail::row_set<ScopeSet>(kUseCaseListsRows, kUseCaseListsItems,
                                              static_cast<std::size_t>(u) * 2 + list);
}
}  // namespace detail

[[nodiscard]] constexpr const UseCaseInfo& info(UseCase u) noexcept {
  return detail::kUseCases[static_cast<std::size_t>(u)];
}
[[nodiscard]] constexpr std::string_view to_string(UseCase u) noexcept { return info(u).id; }
/// The use case with this id, or nothing.
[[nodiscard]] constexpr std::optional<UseCase> parse_use_case(std::string_view id) noexcept {
  for (std::size_t i = 0; i < kUseCaseCount; ++i) {
    if (detail::kUseCases[i].id == id) return static_cast<UseCase>(i);
  }
  return std::nullopt;
}
/// The use case's broad list, or nothing when the source gives none.
[[nodiscard]] constexpr std::optional<ScopeSet> broad_scopes(UseCase u) noexcept {
  return info(u).broad_known ? std::optional<ScopeSet>(detail::use_case_list(u, 0)) : std::nullopt;
}
/// The use case's granular list, or nothing when the source gives none.
[[nodiscard]] constexpr std::optional<ScopeSet> granular_scopes(UseCase u) noexcept {
  return info(u).granular_known ? std::optional<ScopeSet>(detail::use_case_list(u, 1)) : std::nullopt;
}

}  // namespace scopegen::demo

#endif  // SCOPEGEN_DEMO_HPP

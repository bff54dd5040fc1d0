#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/reader.hpp"
#include "check/tables.hpp"

/// Field readers shared by the catalogue and app decoders.
namespace scopegen::check::fields {

using Validator = std::function<bool(std::string_view)>;

/// A string field checked against a pattern; `rule` describes the pattern in the message.
[[nodiscard]] std::optional<Text> text(const Reader& r, std::string_view key,
                                       const Validator& valid = {}, std::string_view rule = {});
/// The string, or "" when the key is absent or wrong (wrong is reported).
[[nodiscard]] std::string optional_string(const Reader& r, std::string_view key);
/// note: and source:, which every entry may carry.
void documented(const Reader& r, Documented& out);
/// {en, fr?}
[[nodiscard]] std::optional<Label> label(const Reader& r);
/// A name (bare) or {name, source_spelling?, note?}.
[[nodiscard]] std::optional<NameRef> name_ref(const Reader& r, const Validator& valid,
                                              std::string_view rule);
/// A list of name refs under `key` (absent: empty).
[[nodiscard]] std::vector<NameRef> name_refs(const Reader& r, std::string_view key,
                                             const Validator& valid, std::string_view rule);
/// A list of plain strings under `key` (absent: empty).
[[nodiscard]] std::vector<std::string> strings(const Reader& r, std::string_view key);
/// A list or {unknown: "why"}.
[[nodiscard]] std::optional<NameList> name_list(const Reader& r, const Validator& valid,
                                                std::string_view rule);

inline constexpr std::string_view kEntryRule = "lower case words joined by '.' or '_'";
inline constexpr std::string_view kIdRule = "lower case letters, digits and '_', starting with a letter";

}  // namespace scopegen::check::fields

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
/// What the schema asks of a free-text string: anything, `minLength: 1`, or one non-empty line
/// (`pattern: ^[^\r\n]+$`).
enum class Shape { any, non_empty, one_line };

/// The string, or "" when the key is absent or wrong (wrong is reported: E201 for a type, E204
/// for an empty string or a line break where `shape` forbids them).
[[nodiscard]] std::string optional_string(const Reader& r, std::string_view key,
                                          Shape shape = Shape::non_empty);
/// `uniqueItems`: E206 at every element equal (as JSON, like the schema compares) to an earlier
/// one, with a note at that one.
void unique_items(const Reader& list);
/// `minItems: 1` (or `minProperties: 1`): E204 at the list when it is empty.
void not_empty(const Reader& list, std::string_view what);
/// `format: uri` with `pattern: ^https?://`: an http(s) URL whose host a URL parser accepts.
[[nodiscard]] bool is_http_url(std::string_view s);
/// note: and source:, which every entry may carry.
void documented(const Reader& r, Documented& out);
/// {en, fr?}
[[nodiscard]] std::optional<Label> label(const Reader& r);
/// A name (bare) or {name, source_spelling?, note?}.
[[nodiscard]] std::optional<NameRef> name_ref(const Reader& r, const Validator& valid,
                                              std::string_view rule);
/// A list of name refs under `key` (absent: empty); with `bare_only`, names only (the schema's
/// `items` is the name pattern, not the long form).
[[nodiscard]] std::vector<NameRef> name_refs(const Reader& r, std::string_view key,
                                             const Validator& valid, std::string_view rule,
                                             bool bare_only = false);
/// A list of plain non-empty strings under `key` (absent: empty).
[[nodiscard]] std::vector<std::string> strings(const Reader& r, std::string_view key);
/// A list or {unknown: "why"}.
[[nodiscard]] std::optional<NameList> name_list(const Reader& r, const Validator& valid,
                                                std::string_view rule);

inline constexpr std::string_view kEntryRule = "a letter, then letters, digits and . _ : / + ~ -";
inline constexpr std::string_view kIdRule =
    "lower case letters, digits and '_', starting with a letter";

}  // namespace scopegen::check::fields

#pragma once

// How a YAML scalar becomes a JSON value: the YAML 1.2 core schema and the core tags, for the
// reader in yaml_reader.cpp (header-only, beside it).
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "load/document.hpp"

namespace scopegen::load::scalars {

inline bool is_null_literal(std::string_view s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

inline std::optional<bool> bool_literal(std::string_view s) {
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  return std::nullopt;
}

inline std::optional<std::int64_t> int_literal(std::string_view s) {
  std::string_view digits = s;
  if (!digits.empty() && (digits.front() == '+' || digits.front() == '-')) digits.remove_prefix(1);
  if (digits.empty()) return std::nullopt;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  if (s.front() == '+') s.remove_prefix(1);
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return value;
}

inline std::optional<double> float_literal(std::string_view s) {
  // YAML 1.2 core: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  std::size_t mantissa_digits = 0;
  bool dot = false;
  while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || (s[i] == '.' && !dot))) {
    if (s[i] == '.') {
      dot = true;
    } else {
      ++mantissa_digits;
    }
    ++i;
  }
  if (mantissa_digits == 0) return std::nullopt;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    const std::size_t exp_start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == exp_start) return std::nullopt;
  } else if (!dot) {
    return std::nullopt;  // an integer, handled before
  }
  if (i != s.size()) return std::nullopt;
  // from_chars, not strtod: the result must not depend on the locale's decimal point.
  if (s.front() == '+') s.remove_prefix(1);
  double value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (end != s.data() + s.size()) return std::nullopt;
  if (ec == std::errc::result_out_of_range) return std::nullopt;  // 1e999: keep the text
  return value;
}

/// Plain scalars are typed by the YAML 1.2 core schema.
inline Json resolve_plain(const std::string& value) {
  if (is_null_literal(value)) return nullptr;
  if (auto b = bool_literal(value)) return *b;
  if (auto i = int_literal(value)) return *i;
  if (auto f = float_literal(value)) return *f;
  return value;
}

constexpr std::string_view kCoreTag = "tag:yaml.org,2002:";

/// "tag:yaml.org,2002:int" -> "!!int", as a table spells it.
inline std::string shown_tag(std::string_view tag) {
  if (tag.substr(0, kCoreTag.size()) == kCoreTag)
    return "!!" + std::string(tag.substr(kCoreTag.size()));
  return std::string(tag);
}

/// A scalar with its tag: plain ("?") by the core schema; quoted and block scalars ("!") and
/// !!str are strings; !!int, !!float, !!bool and !!null must hold what they say. Any other tag
/// (!!binary, !custom) has no meaning in a table: the error names it, the text stays a string.
inline Json resolve_scalar(const std::string& tag, const std::string& value, std::string& error) {
  if (tag == "?") return resolve_plain(value);
  if (tag == "!" || tag == "tag:yaml.org,2002:str") return value;
  const std::string shown = shown_tag(tag);
  const auto wrong = [&](std::string_view what) {
    error = "'" + value + "' is not " + std::string(what) + ", yet it is tagged " + shown;
    return Json(value);
  };
  if (tag == "tag:yaml.org,2002:int") {
    if (auto i = int_literal(value)) return *i;
    return wrong("an integer");
  }
  if (tag == "tag:yaml.org,2002:float") {
    if (auto i = int_literal(value)) return static_cast<double>(*i);
    if (auto f = float_literal(value)) return *f;
    return wrong("a number");
  }
  if (tag == "tag:yaml.org,2002:bool") {
    if (auto b = bool_literal(value)) return *b;
    return wrong("true or false");
  }
  if (tag == "tag:yaml.org,2002:null") {
    if (is_null_literal(value)) return nullptr;
    return wrong("null");
  }
  error =
      "unsupported tag " + shown + "; tables use plain YAML values (a quoted value is a string)";
  return value;
}

}  // namespace scopegen::load::scalars

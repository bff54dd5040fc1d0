#include "check/fields.hpp"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "diag/printable.hpp"

namespace scopegen::check::fields {

std::optional<Text> text(const Reader& r, std::string_view key, const Validator& valid,
                         std::string_view rule) {
  const auto c = r.child(key);
  if (!c) return std::nullopt;
  auto value = c->as_string();
  if (!value) return std::nullopt;
  if (valid && !valid(*value)) {
    c->bad_value("'" + *value + "' is not a valid " + std::string(key) + " (" + std::string(rule) +
                 ")");
    return std::nullopt;
  }
  return Text{std::move(*value), c->pos()};
}

std::string optional_string(const Reader& r, std::string_view key, Shape shape) {
  const auto c = r.child(key);
  if (!c) return {};
  auto value = c->as_string();
  if (!value) return {};
  if (shape != Shape::any && value->empty()) {
    c->bad_value(diag::quoted(key) + " is empty; leave the key out or say something");
    return {};
  }
  if (shape == Shape::one_line && value->find_first_of("\r\n") != std::string::npos) {
    c->bad_value(diag::quoted(key) + " must be one line (it holds a line break)");
    return {};
  }
  return std::move(*value);
}

void unique_items(const Reader& list) {
  const auto elements = list.elements();
  // Each distinct item's first index, by its hash: comparing every pair took 4.5 s on a list of
  // 20,000 names, 21 s under ASan (tests/robustness/suggestions_bounded.sh).
  std::unordered_multimap<std::size_t, std::size_t> first_by_hash;
  first_by_hash.reserve(elements.size());
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const std::size_t hash = std::hash<load::Json>{}(elements[i].json());
    const auto [begin, end] = first_by_hash.equal_range(hash);
    const auto first = std::find_if(begin, end, [&](const auto& entry) {
      return elements[entry.second].json() == elements[i].json();
    });
    if (first == end) {
      first_by_hash.emplace(hash, i);
      continue;
    }
    const std::string shown =
        elements[i].is_string() ? diag::quoted(elements[i].json().get<std::string>()) : "this item";
    list.diags().error(diag::code::kRepeated, elements[i].pos(),
                       shown + " is listed twice in '" + list.name() + "'",
                       {{elements[first->second].pos(), "first listed here"}});
  }
}

void not_empty(const Reader& list, std::string_view what) {
  if ((list.is_array() || list.is_object()) && list.json().empty()) {
    list.bad_value(std::string(what) + " is empty; list at least one or leave the key out");
  }
}

bool is_http_url(std::string_view s) {
  std::size_t scheme = 0;
  if (s.substr(0, 7) == "http://") {
    scheme = 7;
  } else if (s.substr(0, 8) == "https://") {
    scheme = 8;
  } else {
    return false;
  }
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
  }
  // What a URL parser refuses in a host: nothing at all, spaces, and the forbidden characters.
  const std::string_view rest = s.substr(scheme);
  const std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
  return !host.empty() && host.find_first_of(" <>^|\\\"{}`") == std::string_view::npos;
}

void documented(const Reader& r, Documented& out) {
  out.note = optional_string(r, "note");
  out.source = optional_string(r, "source");
}

std::optional<Label> label(const Reader& r) {
  if (!r.expect_object("a label")) return std::nullopt;
  if (!r.expect_keys({"en", "fr"}, {"en"})) return std::nullopt;
  Label out;
  out.en = optional_string(r, "en");
  out.fr = optional_string(r, "fr");
  return out;
}

std::optional<NameRef> name_ref(const Reader& r, const Validator& valid, std::string_view rule) {
  NameRef out;
  out.pos = r.pos();
  if (r.is_object()) {
    if (!r.expect_keys({"name", "source_spelling", "note"}, {"name"})) return std::nullopt;
    const auto name = text(r, "name", valid, rule);
    if (!name) return std::nullopt;
    out.name = name->value;
    out.pos = name->pos;
    out.source_spelling = optional_string(r, "source_spelling");
    out.note = optional_string(r, "note");
    return out;
  }
  auto value = r.as_string();
  if (!value) return std::nullopt;
  if (valid && !valid(*value)) {
    r.bad_value("'" + *value + "' is not a valid name (" + std::string(rule) + ")");
    return std::nullopt;
  }
  out.name = std::move(*value);
  return out;
}

std::vector<NameRef> name_refs(const Reader& r, std::string_view key, const Validator& valid,
                               std::string_view rule, bool bare_only) {
  std::vector<NameRef> out;
  const auto c = r.child(key);
  if (!c || !c->expect_array(diag::quoted(key))) return out;
  for (const Reader& e : c->elements()) {
    if (bare_only && !e.is_string()) {
      (void)e.as_string();  // E201: this list holds names only
      continue;
    }
    if (auto ref = name_ref(e, valid, rule)) out.push_back(std::move(*ref));
  }
  unique_items(*c);
  return out;
}

std::vector<std::string> strings(const Reader& r, std::string_view key) {
  std::vector<std::string> out;
  const auto c = r.child(key);
  if (!c || !c->expect_array(diag::quoted(key))) return out;
  for (const Reader& e : c->elements()) {
    auto s = e.as_string();
    if (!s) continue;
    if (s->empty()) {
      e.bad_value("an empty string in '" + std::string(key) + "'");
      continue;
    }
    out.push_back(std::move(*s));
  }
  unique_items(*c);
  return out;
}

std::optional<NameList> name_list(const Reader& r, const Validator& valid, std::string_view rule) {
  NameList out;
  out.pos = r.pos();
  if (r.is_object()) {
    if (!r.expect_keys({"unknown"}, {"unknown"})) return std::nullopt;
    auto reason = r.string("unknown");
    if (!reason) return std::nullopt;
    if (reason->empty()) {
      r.child("unknown")->bad_value("say why the list is unknown");
      return std::nullopt;
    }
    out.known = false;
    out.unknown_reason = std::move(*reason);
    return out;
  }
  if (!r.is_array()) {
    r.diags().error(
        diag::code::kType, r.pos(),
        "expected a list of names or {unknown: \"why\"}, found " + describe_type(r.json()));
    return std::nullopt;
  }
  for (const Reader& e : r.elements()) {
    if (auto ref = name_ref(e, valid, rule)) out.names.push_back(std::move(*ref));
  }
  // uniqueItems: model::build reports a name listed twice (E301), by name, which covers it.
  return out;
}

}  // namespace scopegen::check::fields

#include "check/fields.hpp"

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

std::string optional_string(const Reader& r, std::string_view key) {
  return r.string(key).value_or(std::string{});
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
                               std::string_view rule) {
  std::vector<NameRef> out;
  const auto c = r.child(key);
  if (!c || !c->expect_array("'" + std::string(key) + "'")) return out;
  for (const Reader& e : c->elements()) {
    if (auto ref = name_ref(e, valid, rule)) out.push_back(std::move(*ref));
  }
  return out;
}

std::vector<std::string> strings(const Reader& r, std::string_view key) {
  std::vector<std::string> out;
  const auto c = r.child(key);
  if (!c || !c->expect_array("'" + std::string(key) + "'")) return out;
  for (const Reader& e : c->elements()) {
    if (auto s = e.as_string()) out.push_back(std::move(*s));
  }
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
    r.diags().error(diag::code::kType, r.pos(),
                    "expected a list of names or {unknown: \"why\"}, found " +
                        describe_type(r.json()));
    return std::nullopt;
  }
  for (const Reader& e : r.elements()) {
    if (auto ref = name_ref(e, valid, rule)) out.names.push_back(std::move(*ref));
  }
  return out;
}

}  // namespace scopegen::check::fields

#include "check/reader.hpp"

#include <algorithm>

#include "diag/suggest.hpp"

namespace scopegen::check {

std::string describe_type(const load::Json& value) {
  switch (value.type()) {
    case load::Json::value_t::null:
      return "nothing (null)";
    case load::Json::value_t::object:
      return "a mapping";
    case load::Json::value_t::array:
      return "a list";
    case load::Json::value_t::string:
      return "a string";
    case load::Json::value_t::boolean:
      return "a boolean";
    case load::Json::value_t::number_float:
      return "a number";
    default:
      return "an integer";
  }
}

namespace {

// A mapping's members in document order, with their indexes (ordered_json keeps them in a vector).
const load::Json::object_t::Container& members_of(const load::Json& object) {
  return object.get_ref<const load::Json::object_t&>();
}

std::string type_error(std::string_view expected, const load::Json& found) {
  std::string msg = "expected " + std::string(expected) + ", found " + describe_type(found);
  if (expected == "a string" && (found.is_number() || found.is_boolean())) {
    msg += " (quote it to keep it as text)";
  }
  return msg;
}
}  // namespace

bool Reader::expect_object(std::string_view what) const {
  if (is_object()) return true;
  diags_->error(diag::code::kType, pos(),
                std::string(what) + ": " + type_error("a mapping", json()));
  return false;
}

bool Reader::expect_array(std::string_view what) const {
  if (is_array()) return true;
  diags_->error(diag::code::kType, pos(), std::string(what) + ": " + type_error("a list", json()));
  return false;
}

bool Reader::expect_keys(std::initializer_list<std::string_view> allowed,
                         std::initializer_list<std::string_view> required) const {
  return expect_keys(std::span<const std::string_view>(allowed.begin(), allowed.size()), required);
}

bool Reader::expect_keys(std::span<const std::string_view> allowed,
                         std::initializer_list<std::string_view> required) const {
  const std::vector<std::string> names(allowed.begin(), allowed.end());
  if (value_->is_object()) {
    const auto& members = members_of(*value_);
    for (std::size_t i = 0; i < members.size(); ++i) {
      const std::string& key = members[i].first;
      if (std::find(names.begin(), names.end(), key) == names.end()) {
        diags_->error(diag::code::kUnknownKey, at(members[i].second, i, &key).key_pos(),
                      "unknown key '" + key + "'" + diag::did_you_mean(key, names));
      }
    }
  }
  bool complete = true;
  for (std::string_view key : required) {
    if (!has(key)) {
      diags_->error(diag::code::kMissingKey, pos(),
                    "missing required key '" + std::string(key) + "'");
      complete = false;
    }
  }
  return complete;
}

bool Reader::has(std::string_view key) const {
  if (!value_->is_object()) return false;
  for (const auto& member : members_of(*value_)) {
    if (member.first == key) return true;
  }
  return false;
}

Reader Reader::at(const load::Json& value, std::size_t index, const std::string* key) const {
  Reader out(*this);
  out.value_ = &value;
  out.key_ = key;
  out.index_ = index;
  if (copied_) return out;  // below an alias, everything stands at the alias
  if (const auto node = doc_->map.child(node_, index)) {
    out.node_ = *node;
  } else {
    out.copied_ = true;
  }
  return out;
}

std::string Reader::name() const {
  if (key_) return *key_;
  return value_ == &doc_->root ? std::string() : std::to_string(index_);
}

std::optional<Reader> Reader::child(std::string_view key) const {
  if (!value_->is_object()) return std::nullopt;
  const auto& members = members_of(*value_);
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (members[i].first == key) return at(members[i].second, i, &members[i].first);
  }
  return std::nullopt;
}

std::vector<Reader> Reader::elements() const {
  std::vector<Reader> out;
  if (!value_->is_array()) return out;
  const auto& elements = value_->get_ref<const load::Json::array_t&>();
  out.reserve(elements.size());
  for (std::size_t i = 0; i < elements.size(); ++i) out.push_back(at(elements[i], i, nullptr));
  return out;
}

std::vector<std::pair<std::string, Reader>> Reader::members() const {
  std::vector<std::pair<std::string, Reader>> out;
  if (!value_->is_object()) return out;
  const auto& members = members_of(*value_);
  out.reserve(members.size());
  for (std::size_t i = 0; i < members.size(); ++i) {
    out.emplace_back(members[i].first, at(members[i].second, i, &members[i].first));
  }
  return out;
}

std::optional<std::string> Reader::as_string() const {
  if (value_->is_string()) return value_->get<std::string>();
  diags_->error(diag::code::kType, pos(), type_error("a string", json()));
  return std::nullopt;
}

std::optional<std::string> Reader::string(std::string_view key) const {
  const auto c = child(key);
  if (!c) return std::nullopt;
  return c->as_string();
}

std::optional<bool> Reader::boolean(std::string_view key) const {
  const auto c = child(key);
  if (!c) return std::nullopt;
  if (c->json().is_boolean()) return c->json().get<bool>();
  diags_->error(diag::code::kType, c->pos(), type_error("true or false", c->json()));
  return std::nullopt;
}

std::optional<std::int64_t> Reader::integer(std::string_view key) const {
  const auto c = child(key);
  if (!c) return std::nullopt;
  if (c->json().is_number_integer()) return c->json().get<std::int64_t>();
  diags_->error(diag::code::kType, c->pos(), type_error("an integer", c->json()));
  return std::nullopt;
}

void Reader::bad_value(const std::string& message) const {
  diags_->error(diag::code::kBadValue, pos(), message);
}

}  // namespace scopegen::check

#pragma once

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.hpp"
#include "load/document.hpp"

namespace scopegen::check {

/// A view of one value in a document that reads typed fields and reports, with positions,
/// wrong types, missing keys and unknown keys. Readers are cheap to copy.
class Reader {
 public:
  Reader(const load::Document& doc, const load::Json& value, std::string pointer,
         diag::Diagnostics& diags)
      : doc_(&doc), value_(&value), pointer_(std::move(pointer)), diags_(&diags) {}

  [[nodiscard]] const load::Json& json() const { return *value_; }
  [[nodiscard]] const std::string& pointer() const { return pointer_; }
  [[nodiscard]] diag::Position pos() const { return doc_->map.value(pointer_); }
  [[nodiscard]] diag::Position key_pos() const { return doc_->map.key(pointer_); }
  [[nodiscard]] const load::Document& document() const { return *doc_; }
  [[nodiscard]] diag::Diagnostics& diags() const { return *diags_; }

  [[nodiscard]] bool is_object() const { return value_->is_object(); }
  [[nodiscard]] bool is_array() const { return value_->is_array(); }
  [[nodiscard]] bool is_string() const { return value_->is_string(); }

  /// Reports E201 unless this is a mapping; `what` names it in the message ("a scope").
  bool expect_object(std::string_view what) const;
  bool expect_array(std::string_view what) const;

  /// Reports every key not in `allowed` (E203, with a did-you-mean) and every key of
  /// `required` that is absent (E202). Returns false when a required key is missing.
  bool expect_keys(std::initializer_list<std::string_view> allowed,
                   std::initializer_list<std::string_view> required) const;
  /// The same, for an allowed set known only at run time (a format the catalogue declares).
  bool expect_keys(std::span<const std::string_view> allowed,
                   std::initializer_list<std::string_view> required) const;

  [[nodiscard]] bool has(std::string_view key) const;
  [[nodiscard]] std::optional<Reader> child(std::string_view key) const;
  [[nodiscard]] std::vector<Reader> elements() const;
  /// (key, reader) for every member of a mapping, in document order.
  [[nodiscard]] std::vector<std::pair<std::string, Reader>> members() const;

  /// Typed getters: nothing (and E201) on a wrong type; nothing, silently, when absent.
  [[nodiscard]] std::optional<std::string> string(std::string_view key) const;
  [[nodiscard]] std::optional<bool> boolean(std::string_view key) const;
  [[nodiscard]] std::optional<std::int64_t> integer(std::string_view key) const;
  [[nodiscard]] std::optional<std::string> as_string() const;

  /// Reports E204 at this value's position.
  void bad_value(const std::string& message) const;

 private:
  const load::Document* doc_;
  const load::Json* value_;
  std::string pointer_;
  diag::Diagnostics* diags_;
};

/// "a string", "a number", "a mapping": how messages name a JSON type.
[[nodiscard]] std::string describe_type(const load::Json& value);

}  // namespace scopegen::check

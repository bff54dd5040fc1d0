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
/// wrong types, missing keys and unknown keys. Readers are cheap to copy: a reader knows its
/// value, the value's node in the document's source map, and the key or index that names it.
class Reader {
 public:
  /// The document's root.
  Reader(const load::Document& doc, diag::Diagnostics& diags)
      : doc_(&doc), value_(&doc.root), diags_(&diags) {}

  [[nodiscard]] const load::Json& json() const { return *value_; }
  /// The key naming this value in its mapping ("scopes"), its index in its list ("3"), or ""
  /// for the root.
  [[nodiscard]] std::string name() const;
  [[nodiscard]] diag::Position pos() const { return doc_->map.value(node_); }
  /// Where the key naming this value stands; the value's position when there is none (a list
  /// element, a value an alias copied).
  [[nodiscard]] diag::Position key_pos() const {
    return copied_ ? doc_->map.value(node_) : doc_->map.key(node_);
  }
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
  // The reader of the `index`-th member (named `key`) or element (`key` null) of this value.
  [[nodiscard]] Reader at(const load::Json& value, std::size_t index, const std::string* key) const;

  const load::Document* doc_;
  const load::Json* value_;
  diag::Diagnostics* diags_;
  load::SourceMap::Node node_ = load::SourceMap::kRoot;
  // The value is part of a copy an alias made: it has no node, and node_ is the alias's.
  bool copied_ = false;
  const std::string* key_ = nullptr;  // the member's key, in the document's JSON
  std::size_t index_ = 0;             // the element's index, when there is no key
};

/// "a string", "a number", "a mapping": how messages name a JSON type.
[[nodiscard]] std::string describe_type(const load::Json& value);

}  // namespace scopegen::check

#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "diag/position.hpp"

namespace scopegen::load {

using Json = nlohmann::ordered_json;

/// JSON pointer ("/scopes/3/name") -> where that value, and the key that holds it, stand.
/// Later stages ask for positions by pointer, so a position survives every transformation.
class SourceMap {
 public:
  void set_value(const std::string& pointer, diag::Position pos) { values_[pointer] = std::move(pos); }
  void set_key(const std::string& pointer, diag::Position pos) { keys_[pointer] = std::move(pos); }

  /// Position of the value at `pointer`, or of its nearest recorded ancestor
  /// (values expanded from an alias have only the alias's position).
  [[nodiscard]] diag::Position value(const std::string& pointer) const;
  /// Position of the key naming the value at `pointer`; the value's position when there is none.
  [[nodiscard]] diag::Position key(const std::string& pointer) const;

 private:
  std::map<std::string, diag::Position> values_;
  std::map<std::string, diag::Position> keys_;
};

/// One YAML file, as JSON plus positions.
struct Document {
  std::string path;          // as the user gave it, for messages
  std::string absolute_path;  // for the depfile and for ordering
  Json root;
  SourceMap map;
};

/// "/a/b" + "c~d" -> "/a/b/c~0d" (RFC 6901 escaping).
[[nodiscard]] std::string child_pointer(const std::string& parent, const std::string& key);
[[nodiscard]] std::string child_pointer(const std::string& parent, std::size_t index);

}  // namespace scopegen::load

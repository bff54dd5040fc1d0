#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "diag/position.hpp"

namespace scopegen::load {

using Json = nlohmann::ordered_json;

/// JSON pointer ("/scopes/3/name") -> where that value, and the key that holds it, stand.
/// Later stages ask for positions by pointer, so a position survives every transformation.
/// Stored compactly (file names once, line and column per entry): a 50 MB table records
/// millions of positions.
class SourceMap {
 public:
  // The pointer is taken by value and moved in: a table of 100,000 entries records millions.
  void set_value(std::string pointer, const diag::Position& pos) {
    values_.insert_or_assign(std::move(pointer), compact(pos));
  }
  void set_key(std::string pointer, const diag::Position& pos) {
    keys_.insert_or_assign(std::move(pointer), compact(pos));
  }

  /// Position of the value at `pointer`, or of its nearest recorded ancestor
  /// (values expanded from an alias have only the alias's position).
  [[nodiscard]] diag::Position value(const std::string& pointer) const;
  /// Position of the key naming the value at `pointer`; the value's position when there is none.
  [[nodiscard]] diag::Position key(const std::string& pointer) const;

 private:
  struct Compact {
    std::uint32_t file = 0;  // index into files_
    int line = 0;
    int column = 0;
  };
  [[nodiscard]] Compact compact(const diag::Position& pos);
  [[nodiscard]] diag::Position expand(const Compact& c) const;

  std::vector<std::string> files_;  // in practice one: the document's own path
  std::unordered_map<std::string, Compact> values_;
  std::unordered_map<std::string, Compact> keys_;
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

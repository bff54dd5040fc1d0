#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diag/position.hpp"

namespace scopegen::load {

using Json = nlohmann::ordered_json;

/// Where each value of a document, and the key that holds it, stand: one node per value,
/// parallel to the JSON tree. A node's children are the members of its mapping or the elements
/// of its list, in the same order, so a reader walking the JSON walks the nodes beside it
/// (`child(node, i)` for the i-th member) and no position is looked up by name.
///
/// Stored flat, 24 bytes a value (a 50 MB table records millions), in one vector that is freed
/// at once. Values copied from an alias have no nodes of their own: `child` returns nothing
/// below an alias, and they stand at the alias.
class SourceMap {
 public:
  using Node = std::uint32_t;
  static constexpr Node kRoot = 0;

  /// One value: 1-based positions (a line of 0: no key, as for list elements and the root) and
  /// where its children's entries are.
  struct Entry {
    int line = 0;
    int column = 0;
    int key_line = 0;
    int key_column = 0;
    std::uint32_t first_child = 0;
    std::uint32_t children = 0;
  };

  SourceMap() = default;
  /// `entries[kRoot]` is the document's root; every other entry is some entry's child.
  SourceMap(std::string file, std::vector<Entry> entries)
      : file_(std::move(file)), entries_(std::move(entries)) {}

  /// The node of the `index`-th member or element of `parent`'s value; nothing when the value's
  /// children were not recorded (a copy made by an alias), for which the parent's position
  /// stands, as for everything below it.
  [[nodiscard]] std::optional<Node> child(Node parent, std::size_t index) const {
    const Entry& e = entries_[parent];
    if (index >= e.children) return std::nullopt;
    return static_cast<Node>(e.first_child + index);
  }
  /// Position of the value.
  [[nodiscard]] diag::Position value(Node node) const;
  /// Position of the key naming the value; the value's own position when there is none.
  [[nodiscard]] diag::Position key(Node node) const;
  /// How many nodes are recorded (a duplicate key's first value stays, unreachable).
  [[nodiscard]] std::size_t size() const { return entries_.size(); }

 private:
  std::string file_;
  std::vector<Entry> entries_;
};

/// One YAML file, as JSON plus positions.
struct Document {
  std::string path;           // as the user gave it, for messages
  std::string absolute_path;  // for the depfile and for ordering
  Json root;
  SourceMap map;
};

}  // namespace scopegen::load

#include "load/yaml_reader.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "load/scalars.hpp"
#include "load/text.hpp"
#include "load/yaml_events.hpp"

namespace scopegen::load {

namespace {

using diag::Position;
using scalars::kCoreTag;
using scalars::resolve_scalar;
using scalars::shown_tag;

// Thrown inside the event handler to stop parsing once a diagnostic has been recorded.
struct Abort {};

class JsonBuilder final : public YAML::EventHandler {
 public:
  JsonBuilder(const std::string& path, diag::Diagnostics& diags, const Limits& limits)
      : path_(path), diags_(diags), limits_(limits), entries_(1) {}

  Json take_root() { return std::move(root_); }
  SourceMap take_map() { return SourceMap(path_, std::move(entries_)); }
  [[nodiscard]] int documents() const { return documents_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) {
      diags_.error(diag::code::kSyntax, pos(mark),
                   "a table file holds one YAML document; this is a second one");
      throw Abort{};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (in_key_position()) {
      diags_.error(diag::code::kSyntax, pos(mark), "a mapping key must be a non-empty scalar");
      throw Abort{};
    }
    count(1, mark);
    store(nullptr, mark, anchor, 1);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (in_key_position()) {
      diags_.error(diag::code::kSyntax, pos(mark), "an alias cannot be a mapping key");
      throw Abort{};
    }
    const auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      diags_.error(diag::code::kSyntax, pos(mark), "alias to an unknown anchor");
      throw Abort{};
    }
    count(it->second.nodes, mark);  // before the copy: a bomb must not get to allocate
    // One entry, without children: what the alias copies stands at the alias.
    store(it->second.value, mark, 0, it->second.nodes);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    std::string error;
    Json resolved = resolve_scalar(tag, value, error);
    if (!error.empty()) diags_.error(diag::code::kSyntax, pos(mark), error);
    if (in_key_position()) {
      take_key(mark, value);  // a key is its text, whatever its type
      return;
    }
    count(1, mark);
    store(std::move(resolved), mark, anchor, 1);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    check_collection_tag(mark, tag, "seq");
    open(mark, anchor, Json::array());
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    check_collection_tag(mark, tag, "map");
    open(mark, anchor, Json::object());
  }
  void OnMapEnd() override { close(); }

 private:
  using Entry = SourceMap::Entry;

  // A mapping of more keys than this finds a key again through an index of the keys' hashes
  // rather than by comparing it with each (100,000 keys in one mapping: see the unit test).
  static constexpr std::size_t kIndexKeysFrom = 16;

  struct Frame {
    Json value;
    Entry entry;  // this value's own; where its children are is known when it closes
    YAML::Mark mark;
    YAML::anchor_t anchor = 0;
    std::size_t nodes_at_start = 0;
    std::size_t first_pending = 0;  // its children's entries, in pending_, start here
    bool expecting_key = true;
    std::optional<std::size_t> duplicate;  // the member the pending key names again
    std::string key;
    YAML::Mark key_mark;
    std::unordered_multimap<std::size_t, std::size_t> key_hashes;  // hash -> member index
    // Where keys named again were first defined (their entries now hold the later key).
    std::vector<std::pair<std::size_t, Position>> first_defined;
  };

  struct Anchored {
    Json value;
    std::size_t nodes = 0;
  };

  Position pos(const YAML::Mark& mark) const { return {path_, mark.line + 1, mark.column + 1}; }

  // A list or mapping may carry no tag, or the core one for its kind (!!seq, !!map).
  void check_collection_tag(const YAML::Mark& mark, const std::string& tag, std::string_view kind) {
    if (tag == "?" || tag == "!" || tag == std::string(kCoreTag) + std::string(kind)) return;
    diags_.error(
        diag::code::kSyntax, pos(mark),
        "unsupported tag " + shown_tag(tag) + "; tables use plain YAML lists and mappings");
  }

  bool in_key_position() const {
    return !stack_.empty() && stack_.back().value.is_object() && stack_.back().expecting_key;
  }

  void count(std::size_t nodes, const YAML::Mark& mark) {
    nodes_ += nodes;
    if (nodes_ > limits_.max_nodes) {
      diags_.error(diag::code::kLimit, pos(mark),
                   "the document expands to more than " + std::to_string(limits_.max_nodes) +
                       " values (an alias bomb?)");
      throw Abort{};
    }
  }

  static Json::object_t::Container& members_of(Json& object) {
    return static_cast<Json::object_t::Container&>(object.get_ref<Json::object_t&>());
  }

  // The index of the member of `f`'s mapping named `key`, if it has one already.
  static std::optional<std::size_t> find_member(Frame& f, const std::string& key) {
    const auto& members = members_of(f.value);
    if (members.size() < kIndexKeysFrom) {
      for (std::size_t i = 0; i < members.size(); ++i) {
        if (members[i].first == key) return i;
      }
      return std::nullopt;
    }
    if (f.key_hashes.empty()) {
      for (std::size_t i = 0; i < members.size(); ++i) {
        f.key_hashes.emplace(std::hash<std::string>{}(members[i].first), i);
      }
    }
    const auto [begin, end] = f.key_hashes.equal_range(std::hash<std::string>{}(key));
    for (auto it = begin; it != end; ++it) {
      if (members[it->second].first == key) return it->second;
    }
    return std::nullopt;
  }

  void take_key(const YAML::Mark& mark, const std::string& key) {
    Frame& f = stack_.back();
    f.duplicate = find_member(f, key);
    if (f.duplicate) {
      diags_.error(diag::code::kDuplicateKey, pos(mark), "duplicate key '" + key + "'",
                   {{first_definition(f, *f.duplicate), "first defined here"}});
    }
    f.key = key;
    f.key_mark = mark;
    f.expecting_key = false;
  }

  // Where the member at `index` was first defined: its entry's key, until a duplicate replaces
  // the entry (the later key and value are the ones recorded, as the later value is the one kept).
  Position first_definition(Frame& f, std::size_t index) {
    for (const auto& [i, first] : f.first_defined) {
      if (i == index) return first;
    }
    const Entry& e = pending_[f.first_pending + index];
    f.first_defined.emplace_back(index, Position{path_, e.key_line, e.key_column});
    return f.first_defined.back().second;
  }

  // The entry of a value starting at `mark`: with its key's position inside a mapping.
  Entry entry_at(const YAML::Mark& mark) const {
    Entry e;
    e.line = mark.line + 1;
    e.column = mark.column + 1;
    if (!stack_.empty() && stack_.back().value.is_object()) {
      e.key_line = stack_.back().key_mark.line + 1;
      e.key_column = stack_.back().key_mark.column + 1;
    }
    return e;
  }

  // An anchored value is copied once, to be copied again at each alias. Nested anchors copy
  // the same values again and again (100 levels around a million scalars: 100 million copies
  // from a 2 MB file), so every copy counts against a budget of its own.
  void remember_anchor(YAML::anchor_t anchor, const Json& value, std::size_t nodes,
                       const YAML::Mark& mark) {
    if (anchor == 0) return;
    anchored_nodes_ += nodes;
    if (anchored_nodes_ > limits_.max_nodes) {
      diags_.error(diag::code::kLimit, pos(mark),
                   "anchors hold more than " + std::to_string(limits_.max_nodes) +
                       " values in all (anchors nested in anchors?)");
      throw Abort{};
    }
    anchors_[anchor] = Anchored{value, nodes};
  }

  // Records a value already counted: its position, its anchor, its place in the parent.
  void store(Json value, const YAML::Mark& mark, YAML::anchor_t anchor, std::size_t nodes) {
    remember_anchor(anchor, value, nodes, mark);
    place(std::move(value), entry_at(mark));
  }

  // Puts a finished value, and its entry, in its parent (the parent's entries wait in pending_
  // until it closes, so that they end up side by side).
  void place(Json value, const Entry& entry) {
    if (stack_.empty()) {
      root_ = std::move(value);
      entries_[SourceMap::kRoot] = entry;
      return;
    }
    Frame& f = stack_.back();
    if (f.value.is_array()) {
      f.value.push_back(std::move(value));
      pending_.push_back(entry);
      return;
    }
    auto& members = members_of(f.value);
    if (f.duplicate) {
      // Reported already; the run fails anyway. The later value replaces the first in place.
      members[*f.duplicate].second = std::move(value);
      pending_[f.first_pending + *f.duplicate] = entry;
    } else {
      // A new key: append without ordered_map's linear search for it, which made a mapping
      // of n keys cost n^2 (100,000 keys in a 1 MB file: a minute).
      if (!f.key_hashes.empty())
        f.key_hashes.emplace(std::hash<std::string>{}(f.key), members.size());
      members.emplace_back(std::move(f.key), std::move(value));
      pending_.push_back(entry);
    }
    f.expecting_key = true;
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, Json empty) {
    if (in_key_position()) {
      diags_.error(diag::code::kSyntax, pos(mark), "a mapping key must be a scalar");
      throw Abort{};
    }
    if (stack_.size() >= limits_.max_depth) {
      diags_.error(diag::code::kLimit, pos(mark),
                   "nesting deeper than " + std::to_string(limits_.max_depth) + " levels");
      throw Abort{};
    }
    count(1, mark);
    Frame f;
    f.value = std::move(empty);
    f.entry = entry_at(mark);
    f.mark = mark;
    f.anchor = anchor;
    f.nodes_at_start = nodes_;
    f.first_pending = pending_.size();
    stack_.push_back(std::move(f));
  }

  void close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    remember_anchor(f.anchor, f.value, nodes_ - f.nodes_at_start + 1, f.mark);
    // Its children's entries move, side by side, to their final place.
    f.entry.first_child = static_cast<std::uint32_t>(entries_.size());
    f.entry.children = static_cast<std::uint32_t>(pending_.size() - f.first_pending);
    entries_.insert(entries_.end(), pending_.begin() + static_cast<std::ptrdiff_t>(f.first_pending),
                    pending_.end());
    pending_.resize(f.first_pending);
    place(std::move(f.value), f.entry);
  }

  const std::string& path_;
  diag::Diagnostics& diags_;
  const Limits& limits_;
  Json root_;
  std::vector<Entry> entries_;  // entries_[0] is the root's
  std::vector<Entry> pending_;  // the entries of the open values' children so far
  std::vector<Frame> stack_;
  std::unordered_map<YAML::anchor_t, Anchored> anchors_;
  std::size_t nodes_ = 0;
  std::size_t anchored_nodes_ = 0;
  int documents_ = 0;
};

}  // namespace

std::optional<Document> parse_yaml(std::string_view text, const std::string& path,
                                   diag::Diagnostics& diags, const Limits& limits) {
  const std::optional<std::string> clean = prepare_text(text, path, diags);
  if (!clean) return std::nullopt;

  JsonBuilder builder(path, diags, limits);
  try {
    read_yaml_events(*clean, builder);
  } catch (const Abort&) {
    return std::nullopt;
  } catch (const YamlSyntaxError& e) {
    std::vector<diag::Note> notes;
    if (e.context_line >= 0) {
      notes.push_back({{path, e.context_line + 1, e.context_column + 1}, e.context});
    }
    diags.error(diag::code::kSyntax, {path, e.line + 1, e.column + 1}, e.message, std::move(notes));
    return std::nullopt;
  }
  if (builder.documents() == 0) {
    diags.error(diag::code::kEmpty, {path, 1, 1}, "the file holds no YAML document");
    return std::nullopt;
  }
  Document doc;
  doc.path = path;
  doc.root = builder.take_root();
  doc.map = builder.take_map();
  return doc;
}

}  // namespace scopegen::load

#include "load/yaml_reader.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <charconv>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "load/text.hpp"

namespace scopegen::load {

namespace {

using diag::Position;

// Thrown inside the event handler to stop parsing once a diagnostic has been recorded.
struct Abort {};

bool is_null_literal(std::string_view s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

std::optional<bool> bool_literal(std::string_view s) {
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  return std::nullopt;
}

std::optional<std::int64_t> int_literal(std::string_view s) {
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

std::optional<double> float_literal(std::string_view s) {
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
Json resolve_plain(const std::string& value) {
  if (is_null_literal(value)) return nullptr;
  if (auto b = bool_literal(value)) return *b;
  if (auto i = int_literal(value)) return *i;
  if (auto f = float_literal(value)) return *f;
  return value;
}

constexpr std::string_view kCoreTag = "tag:yaml.org,2002:";

/// "tag:yaml.org,2002:int" -> "!!int", as a table spells it.
std::string shown_tag(std::string_view tag) {
  if (tag.substr(0, kCoreTag.size()) == kCoreTag) return "!!" + std::string(tag.substr(kCoreTag.size()));
  return std::string(tag);
}

/// A scalar with its tag: plain ("?") by the core schema; quoted and block scalars ("!") and
/// !!str are strings; !!int, !!float, !!bool and !!null must hold what they say. Any other tag
/// (!!binary, !custom) has no meaning in a table: the error names it, the text stays a string.
Json resolve_scalar(const std::string& tag, const std::string& value, std::string& error) {
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
  error = "unsupported tag " + shown + "; tables use plain YAML values (a quoted value is a string)";
  return value;
}

class JsonBuilder final : public YAML::EventHandler {
 public:
  JsonBuilder(const std::string& path, diag::Diagnostics& diags, const Limits& limits)
      : path_(path), diags_(diags), limits_(limits) {}

  Json take_root() { return std::move(root_); }
  SourceMap take_map() { return std::move(map_); }
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
  struct Frame {
    Json value;
    std::string pointer;
    YAML::Mark mark;
    YAML::anchor_t anchor = 0;
    std::size_t nodes_at_start = 0;
    bool expecting_key = true;
    bool duplicate_key = false;  // the pending key was seen before in this mapping
    std::string key;
    std::unordered_map<std::string, YAML::Mark> seen_keys;
  };

  struct Anchored {
    Json value;
    std::size_t nodes = 0;
  };

  Position pos(const YAML::Mark& mark) const { return {path_, mark.line + 1, mark.column + 1}; }

  // A list or mapping may carry no tag, or the core one for its kind (!!seq, !!map).
  void check_collection_tag(const YAML::Mark& mark, const std::string& tag, std::string_view kind) {
    if (tag == "?" || tag == "!" || tag == std::string(kCoreTag) + std::string(kind)) return;
    diags_.error(diag::code::kSyntax, pos(mark),
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

  void take_key(const YAML::Mark& mark, const std::string& key) {
    Frame& f = stack_.back();
    const auto [seen, inserted] = f.seen_keys.emplace(key, mark);
    if (!inserted) {
      diags_.error(diag::code::kDuplicateKey, pos(mark), "duplicate key '" + key + "'",
                   {{pos(seen->second), "first defined here"}});
    }
    f.duplicate_key = !inserted;
    f.key = key;
    f.expecting_key = false;
    map_.set_key(child_pointer(f.pointer, key), pos(mark));
  }

  std::string next_pointer() const {
    if (stack_.empty()) return {};
    const Frame& f = stack_.back();
    return f.value.is_array() ? child_pointer(f.pointer, f.value.size())
                              : child_pointer(f.pointer, f.key);
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
    map_.set_value(next_pointer(), pos(mark));
    remember_anchor(anchor, value, nodes, mark);
    place(std::move(value));
  }

  void place(Json value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      return;
    }
    Frame& f = stack_.back();
    if (f.value.is_array()) {
      f.value.push_back(std::move(value));
    } else if (f.duplicate_key) {
      f.value[f.key] = std::move(value);  // reported already; the run fails anyway
      f.expecting_key = true;
    } else {
      // A new key: append without ordered_map's linear search for it, which made a mapping
      // of n keys cost n^2 (100,000 keys in a 1 MB file: a minute).
      auto& members = f.value.get_ref<Json::object_t&>();
      static_cast<Json::object_t::Container&>(members).emplace_back(std::move(f.key), std::move(value));
      f.expecting_key = true;
    }
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
    const std::string pointer = next_pointer();
    map_.set_value(pointer, pos(mark));
    stack_.push_back(Frame{std::move(empty), pointer, mark, anchor, nodes_, true, false, {}, {}});
  }

  void close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    remember_anchor(f.anchor, f.value, nodes_ - f.nodes_at_start + 1, f.mark);
    place(std::move(f.value));
  }

  const std::string& path_;
  diag::Diagnostics& diags_;
  const Limits& limits_;
  Json root_;
  SourceMap map_;
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
  std::istringstream in(*clean);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const Abort&) {
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    // yaml-cpp's own nesting guard throws DeepRecursion, a ParserException: report it as a limit.
    const bool too_deep = e.msg.find("depth") != std::string::npos;
    diags.error(too_deep ? diag::code::kLimit : diag::code::kSyntax,
                {path, e.mark.line + 1, e.mark.column + 1}, e.msg);
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

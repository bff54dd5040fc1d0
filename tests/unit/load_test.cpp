#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "load/text.hpp"
#include "load/yaml_reader.hpp"
#include "support.hpp"

using namespace scopegen;

TEST_CASE("scalars follow the YAML 1.2 core schema; quoted text stays text") {
  diag::Diagnostics d;
  const auto doc = load::parse_yaml(
      "a: true\nb: 12\nc: ~\nd: \"12\"\ne: 2026-03-02\nf: 1.5\ng: yes\nh: 1.0.0\ni: -3\n"
      "j: !!str null\nk: !!str ~\nl: null\nm:\n",
      "t.yaml", d);
  REQUIRE(doc);
  CHECK(doc->root["a"] == true);
  CHECK(doc->root["b"] == 12);
  CHECK(doc->root["c"].is_null());
  CHECK(doc->root["d"] == "12");
  CHECK(doc->root["e"] == "2026-03-02");
  CHECK(doc->root["f"] == 1.5);
  CHECK(doc->root["g"] == "yes");
  CHECK(doc->root["h"] == "1.0.0");
  CHECK(doc->root["i"] == -3);
  // A tag says what a null literal is: text here, as YAML 1.2 and yaml-cpp read it.
  CHECK(doc->root["j"] == "null");
  CHECK(doc->root["k"] == "~");
  CHECK(doc->root["l"].is_null());
  CHECK(doc->root["m"].is_null());
}

namespace {

// The node of the value at `path` ("/top/list/1/name": keys and list indexes), walking the
// JSON and the source map side by side; nothing where the value has no node of its own (below
// an alias).
std::optional<load::SourceMap::Node> node_at(const load::Document& doc, std::string_view path) {
  const load::Json* value = &doc.root;
  load::SourceMap::Node node = load::SourceMap::kRoot;
  while (!path.empty()) {
    path.remove_prefix(1);
    const std::string segment(path.substr(0, path.find('/')));
    path.remove_prefix(std::min(path.size(), segment.size()));
    std::size_t index = 0;
    if (value->is_object()) {
      const load::Json::object_t::Container& members =
          value->get_ref<const load::Json::object_t&>();
      while (index < members.size() && members[index].first != segment) ++index;
      REQUIRE(index < members.size());
      value = &members[index].second;
    } else {
      index = std::stoul(segment);
      REQUIRE(index < value->size());
      value = &(*value)[index];
    }
    const auto child = doc.map.child(node, index);
    if (!child) return std::nullopt;
    node = *child;
  }
  return node;
}

diag::Position value_at(const load::Document& doc, std::string_view path) {
  const auto node = node_at(doc, path);
  REQUIRE(node);
  return doc.map.value(*node);
}

diag::Position key_at(const load::Document& doc, std::string_view path) {
  const auto node = node_at(doc, path);
  REQUIRE(node);
  return doc.map.key(*node);
}

}  // namespace

TEST_CASE("every value and key keeps its 1-based position") {
  diag::Diagnostics d;
  const auto doc = load::parse_yaml("top:\n  list:\n    - first\n    - {name: x}\n", "p.yaml", d);
  REQUIRE(doc);
  CHECK(value_at(*doc, "") == diag::Position{"p.yaml", 1, 1});
  CHECK(key_at(*doc, "") == diag::Position{"p.yaml", 1, 1});  // no key: the value's
  CHECK(key_at(*doc, "/top") == diag::Position{"p.yaml", 1, 1});
  CHECK(value_at(*doc, "/top") == diag::Position{"p.yaml", 2, 3});
  CHECK(key_at(*doc, "/top/list") == diag::Position{"p.yaml", 2, 3});
  CHECK(value_at(*doc, "/top/list") == diag::Position{"p.yaml", 3, 5});
  CHECK(value_at(*doc, "/top/list/0") == diag::Position{"p.yaml", 3, 7});
  CHECK(key_at(*doc, "/top/list/0") == diag::Position{"p.yaml", 3, 7});
  CHECK(value_at(*doc, "/top/list/1") == diag::Position{"p.yaml", 4, 7});
  CHECK(key_at(*doc, "/top/list/1/name") == diag::Position{"p.yaml", 4, 8});
  CHECK(value_at(*doc, "/top/list/1/name") == diag::Position{"p.yaml", 4, 14});
  // A node per value, children side by side: nothing past the last child, nothing below a scalar.
  CHECK(doc->map.size() == 6);
  CHECK_FALSE(doc->map.child(*node_at(*doc, "/top/list"), 2));
  CHECK_FALSE(doc->map.child(*node_at(*doc, "/top/list/0"), 0));
}

TEST_CASE("positions in flow and block collections, empty ones and a scalar root") {
  diag::Diagnostics d;
  const auto doc = load::parse_yaml("a: [1, [2, 3], {}]\nb:\n  - []\n  - c: d\n    e: {f: g}\nh:\n",
                                    "f.yaml", d);
  REQUIRE(doc);
  CHECK(value_at(*doc, "/a/1/1") == diag::Position{"f.yaml", 1, 12});
  CHECK(value_at(*doc, "/a/2") == diag::Position{"f.yaml", 1, 16});
  CHECK_FALSE(doc->map.child(*node_at(*doc, "/a/2"), 0));
  CHECK(value_at(*doc, "/b/0") == diag::Position{"f.yaml", 3, 5});
  CHECK(value_at(*doc, "/b/1") == diag::Position{"f.yaml", 4, 5});
  CHECK(key_at(*doc, "/b/1/e") == diag::Position{"f.yaml", 5, 5});
  CHECK(key_at(*doc, "/b/1/e/f") == diag::Position{"f.yaml", 5, 9});
  CHECK(value_at(*doc, "/b/1/e/f") == diag::Position{"f.yaml", 5, 12});
  CHECK(key_at(*doc, "/h") == diag::Position{"f.yaml", 6, 1});

  diag::Diagnostics s;
  const auto scalar = load::parse_yaml("\n  just text\n", "s.yaml", s);
  REQUIRE(scalar);
  CHECK(scalar->root == "just text");
  CHECK(value_at(*scalar, "") == diag::Position{"s.yaml", 2, 3});
}

TEST_CASE("what an alias copies stands at the alias; the anchored original keeps its own") {
  diag::Diagnostics d;
  const auto doc =
      load::parse_yaml("base: &b {x: {y: 1}, z: [2]}\ncopy: *b\nlist: [*b, 3]\n", "a.yaml", d);
  REQUIRE(doc);
  CHECK(doc->root["copy"]["x"]["y"] == 1);
  CHECK(key_at(*doc, "/base/x/y") == diag::Position{"a.yaml", 1, 15});
  CHECK(value_at(*doc, "/base/z/0") == diag::Position{"a.yaml", 1, 26});
  CHECK(key_at(*doc, "/copy") == diag::Position{"a.yaml", 2, 1});
  CHECK(value_at(*doc, "/copy") == diag::Position{"a.yaml", 2, 7});
  CHECK_FALSE(node_at(*doc, "/copy/x"));
  CHECK_FALSE(node_at(*doc, "/copy/z/0"));
  CHECK(value_at(*doc, "/list/0") == diag::Position{"a.yaml", 3, 8});
  CHECK_FALSE(node_at(*doc, "/list/0/x/y"));
  CHECK(value_at(*doc, "/list/1") == diag::Position{"a.yaml", 3, 12});
}

TEST_CASE("a duplicate key is an error at both places") {
  diag::Diagnostics d;
  (void)load::parse_yaml("a: 1\nb: 2\na: 3\n", "dup.yaml", d);
  CHECK(test::text(d) ==
        "dup.yaml:3:1: error: duplicate key 'a' [E106]\ndup.yaml:1:1: note: first defined here\n");
}

TEST_CASE("aliases expand, within a budget") {
  diag::Diagnostics d;
  const auto doc = load::parse_yaml("base: &b {x: 1}\ncopy: *b\n", "a.yaml", d);
  REQUIRE(doc);
  CHECK(doc->root["copy"]["x"] == 1);

  diag::Diagnostics bomb;
  load::Limits small;
  small.max_nodes = 100;
  (void)load::parse_yaml(
      "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n",
      "bomb.yaml", bomb, small);
  CHECK(bomb.has_errors());
  CHECK(test::text(bomb).find("[E107]") != std::string::npos);
}

TEST_CASE("nesting past the limit is an error, not a crash") {
  diag::Diagnostics d;
  const std::string deep = "a: " + std::string(5000, '[') + std::string(5000, ']') + "\n";
  CHECK_FALSE(load::parse_yaml(deep, "deep.yaml", d));
  CHECK(test::text(d).find("[E107]") != std::string::npos);
}

TEST_CASE("text checks: BOM and CRLF accepted, NUL and bad UTF-8 refused with a position") {
  diag::Diagnostics d;
  CHECK(load::prepare_text("\xEF\xBB\xBF"
                           "a: 1\r\nb: 2\r\n",
                           "f", d) == "a: 1\nb: 2\n");
  CHECK(load::prepare_text("x: caf\xC3\xA9\n", "f", d) == "x: caf\xC3\xA9\n");
  CHECK_FALSE(d.has_errors());
  CHECK_FALSE(load::prepare_text("a: 1\nb: \xC3(\n", "bad.yaml", d));
  CHECK_FALSE(load::prepare_text(std::string_view("a\0b", 3), "bin.yaml", d));
  const std::string s = test::text(d);
  CHECK(s.find("bad.yaml:2:4: error: invalid UTF-8") != std::string::npos);
  CHECK(s.find("bin.yaml:1:2: error: NUL byte") != std::string::npos);
  // Overlong encodings and surrogates are invalid UTF-8 too.
  diag::Diagnostics e;
  CHECK_FALSE(load::prepare_text("\xC0\xAF", "o", e));
  CHECK_FALSE(load::prepare_text("\xED\xA0\x80", "s", e));
}

TEST_CASE("syntax errors and second documents are reported with positions") {
  diag::Diagnostics d;
  CHECK_FALSE(load::parse_yaml("a: [1, 2\n", "s.yaml", d));
  CHECK(test::text(d).rfind("s.yaml:", 0) == 0);
  diag::Diagnostics two;
  CHECK_FALSE(load::parse_yaml("a: 1\n---\nb: 2\n", "two.yaml", two));
  CHECK(test::text(two).find("second one") != std::string::npos);
}

TEST_CASE("libyaml's syntax errors: byte columns after multi-byte text, a note where it began") {
  const auto errors = [](const std::string& yaml) {
    diag::Diagnostics d;
    CHECK_FALSE(load::parse_yaml(yaml, "s.yaml", d));
    return test::text(d);
  };
  // The flow sequence that is never closed is named where it opened.
  CHECK(errors("a: 1\nb: [1, 2\nc: 3\n") ==
        "s.yaml:3:2: error: did not find expected ',' or ']' [E105]\n"
        "s.yaml:2:4: note: a flow sequence starts here\n");
  // Columns count bytes (13, not the 11th character: "\xC3\xBC" is two bytes), as yaml-cpp did.
  CHECK(errors("k: [\xC3\xBC, \xC3\xA9, @]\n") ==
        "s.yaml:1:13: error: '@' is reserved in YAML and cannot start a plain value; quote the "
        "value [E105]\n");
  CHECK(errors("a:\n\t- x\n") ==
        "s.yaml:2:1: error: a tab cannot indent YAML or start a value; use spaces [E105]\n");
  // yaml-cpp accepted an unclosed quote running to the end of the file, and read a sequence
  // followed by a mapping as a second document.
  CHECK(errors("a: \"open\nb: 1\n") ==
        "s.yaml:3:1: error: found unexpected end of stream [E105]\n"
        "s.yaml:1:4: note: a quoted scalar starts here\n");
  CHECK(errors("- a\nb: 1\n") ==
        "s.yaml:2:1: error: did not find expected '-' indicator [E105]\n"
        "s.yaml:1:1: note: a block collection starts here\n");
}

// Regressions from issue 6 (bad input must not hang the build or take its memory).

TEST_CASE("a mapping with many keys loads in linear time, keys in document order") {
  // ordered_json's operator[] searches linearly: 100,000 keys took a minute, a million an hour.
  std::string text;
  constexpr int kKeys = 200'000;
  for (int i = 0; i < kKeys; ++i) text += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
  diag::Diagnostics d;
  const auto start = std::chrono::steady_clock::now();
  const auto doc = load::parse_yaml(text, "wide.yaml", d);
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(doc);
  CHECK(doc->root.size() == kKeys);
  CHECK(doc->root.begin().key() == "k0");
  CHECK(doc->root["k199999"] == 199999);
  CHECK(key_at(*doc, "/k123456") == diag::Position{"wide.yaml", 123457, 1});
  CHECK(seconds < 30);  // about 0.5 s; quadratic was minutes
}

TEST_CASE("a duplicate key still reports, and the later value wins in the (failing) document") {
  diag::Diagnostics d;
  const auto doc = load::parse_yaml("a: 1\nb: 2\na: 3\n", "dup.yaml", d);
  REQUIRE(doc);
  CHECK(doc->root.size() == 2);
  CHECK(doc->root["a"] == 3);
  CHECK(d.has_errors());
}

TEST_CASE("a duplicate key's later key and value replace the member's positions in place") {
  diag::Diagnostics d;
  const auto doc = load::parse_yaml("a: {x: 1, y: 2}\nb: 2\na: [5, {z: 6}]\nc: 7\n", "dup.yaml", d);
  REQUIRE(doc);
  CHECK(doc->root.begin().key() == "a");
  CHECK(doc->root["a"][1]["z"] == 6);
  CHECK(key_at(*doc, "/a") == diag::Position{"dup.yaml", 3, 1});
  CHECK(value_at(*doc, "/a") == diag::Position{"dup.yaml", 3, 4});
  CHECK(value_at(*doc, "/a/0") == diag::Position{"dup.yaml", 3, 5});
  CHECK(key_at(*doc, "/a/1/z") == diag::Position{"dup.yaml", 3, 9});
  CHECK(key_at(*doc, "/b") == diag::Position{"dup.yaml", 2, 1});
  CHECK(key_at(*doc, "/c") == diag::Position{"dup.yaml", 4, 1});
  CHECK_FALSE(doc->map.child(*node_at(*doc, "/a"), 2));
}

TEST_CASE("a key defined three times, or again in a long mapping, notes where it was first") {
  diag::Diagnostics d;
  (void)load::parse_yaml("a: 1\na: 2\na: 3\n", "three.yaml", d);
  CHECK(test::text(d) ==
        "three.yaml:2:1: error: duplicate key 'a' [E106]\nthree.yaml:1:1: note: first defined "
        "here\nthree.yaml:3:1: error: duplicate key 'a' [E106]\nthree.yaml:1:1: note: first "
        "defined here\n");

  // Past 16 keys a mapping finds its keys through their hashes.
  std::string text;
  for (int i = 0; i < 40; ++i) text += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
  text += "k3: again\nk39: again\nk40: new\n";
  diag::Diagnostics wide;
  const auto doc = load::parse_yaml(text, "wide.yaml", wide);
  REQUIRE(doc);
  CHECK(test::text(wide) ==
        "wide.yaml:41:1: error: duplicate key 'k3' [E106]\nwide.yaml:4:1: note: first defined "
        "here\nwide.yaml:42:1: error: duplicate key 'k39' [E106]\nwide.yaml:40:1: note: first "
        "defined here\n");
  CHECK(doc->root.size() == 41);
  CHECK(doc->root["k3"] == "again");
  CHECK(key_at(*doc, "/k3") == diag::Position{"wide.yaml", 41, 1});
  CHECK(key_at(*doc, "/k40") == diag::Position{"wide.yaml", 43, 1});
}

TEST_CASE("anchors nested in anchors count every copy against the budget") {
  // 100 anchors around a million scalars copied the million 100 times: 2 MB of YAML, 7 GB.
  std::string text = "a: ";
  for (int i = 0; i < 20; ++i) text += "&a" + std::to_string(i) + " [";
  for (int i = 0; i < 100; ++i) text += "x, ";
  text += "x" + std::string(20, ']') + "\n";
  load::Limits small;
  small.max_nodes = 1000;  // the tree itself holds ~120 values: only the copies exceed this
  diag::Diagnostics d;
  CHECK_FALSE(load::parse_yaml(text, "anchors.yaml", d, small));
  CHECK(test::text(d).find("anchors hold more than 1000 values") != std::string::npos);
  CHECK(test::text(d).find("[E107]") != std::string::npos);
  diag::Diagnostics ok;
  CHECK(load::parse_yaml(text, "anchors.yaml", ok));  // within the default limits
}

TEST_CASE("block sequences and flow mappings nested 100,000 deep are errors, not crashes") {
  constexpr int kDepth = 100'000;
  std::string block = "a:\n  ";
  for (int i = 0; i < kDepth; ++i) block += "- ";
  block += "x\n";
  std::string flow = "a: ";
  for (int i = 0; i < kDepth; ++i) flow += "{a: ";
  flow += "1" + std::string(kDepth, '}') + "\n";
  for (const std::string& text : {block, flow}) {
    diag::Diagnostics d;
    CHECK_FALSE(load::parse_yaml(text, "deep.yaml", d));
    CHECK(test::text(d).find("nesting deeper than 256 levels [E107]") != std::string::npos);
  }
}

TEST_CASE("core tags mean what they say; other tags are errors") {
  diag::Diagnostics d;
  const auto doc = load::parse_yaml(
      "a: !!str 12\nb: !!int 12\nc: !!float 1\nd: !!bool true\ne: !!null ~\nf: ! 12\ng: !!map {x: "
      "1}\n",
      "tags.yaml", d);
  REQUIRE(doc);
  CHECK_FALSE(d.has_errors());
  CHECK(doc->root["a"] == "12");
  CHECK(doc->root["b"] == 12);
  CHECK(doc->root["c"].is_number_float());
  CHECK(doc->root["d"] == true);
  CHECK(doc->root["e"].is_null());
  CHECK(doc->root["f"] == "12");
  CHECK(doc->root["g"]["x"] == 1);

  diag::Diagnostics bad;
  (void)load::parse_yaml("a: !!int x\nb: !custom y\nc: !!binary aGk=\nd: !!set {x}\n", "bad.yaml",
                         bad);
  CHECK(test::text(bad) ==
        "bad.yaml:1:4: error: 'x' is not an integer, yet it is tagged !!int [E105]\n"
        "bad.yaml:2:4: error: unsupported tag !custom; tables use plain YAML values (a quoted "
        "value is a string) [E105]\n"
        "bad.yaml:3:4: error: unsupported tag !!binary; tables use plain YAML values (a quoted "
        "value is a string) [E105]\n"
        "bad.yaml:4:4: error: unsupported tag !!set; tables use plain YAML lists and mappings "
        "[E105]\n");
}

TEST_CASE("floats are read without the locale") {
  diag::Diagnostics d;
  const auto doc = load::parse_yaml("a: 1.5\nb: -.5e1\nc: 1e999\n", "f.yaml", d);
  REQUIRE(doc);
  CHECK(doc->root["a"] == 1.5);
  CHECK(doc->root["b"] == -5.0);
  CHECK(doc->root["c"] == "1e999");  // out of range: kept as text, never inf
}

#include <doctest/doctest.h>

#include "load/text.hpp"
#include "load/yaml_reader.hpp"
#include "support.hpp"

using namespace scopegen;

TEST_CASE("scalars follow the YAML 1.2 core schema; quoted text stays text") {
  diag::Diagnostics d;
  const auto doc = load::parse_yaml(
      "a: true\nb: 12\nc: ~\nd: \"12\"\ne: 2026-03-02\nf: 1.5\ng: yes\nh: 1.0.0\ni: -3\n", "t.yaml", d);
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
}

TEST_CASE("every value and key keeps its 1-based position") {
  diag::Diagnostics d;
  const auto doc = load::parse_yaml("top:\n  list:\n    - first\n    - {name: x}\n", "p.yaml", d);
  REQUIRE(doc);
  CHECK(doc->map.value("/top/list/1/name") == diag::Position{"p.yaml", 4, 14});
  CHECK(doc->map.key("/top/list") == diag::Position{"p.yaml", 2, 3});
  CHECK(doc->map.value("/top/list/0") == diag::Position{"p.yaml", 3, 7});
  // Unknown pointers fall back to their nearest ancestor.
  CHECK(doc->map.value("/top/list/0/nope") == diag::Position{"p.yaml", 3, 7});
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
  (void)load::parse_yaml("a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n",
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
  CHECK(load::prepare_text("\xEF\xBB\xBF" "a: 1\r\nb: 2\r\n", "f", d) == "a: 1\nb: 2\n");
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

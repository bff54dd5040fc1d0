#include <doctest/doctest.h>

#include "targets/cpp/escape.hpp"
#include "targets/md/escape.hpp"
#include "targets/python/escape.hpp"
#include "targets/registry.hpp"
#include "targets/ts/escape.hpp"

using namespace scopegen::view;

TEST_CASE("C++ literals hold any bytes and cannot close early") {
  CHECK(cpp_string("plain") == "\"plain\"");
  CHECK(cpp_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(cpp_string("*/ ?"
                   "?/ x") == "\"*/ \\?\\?/ x\"");
  CHECK(cpp_string("line\nbreak") == "\"line\\nbreak\"");
  CHECK(cpp_string("caf\xC3\xA9") == "\"caf\\303\\251\"");
  CHECK(cpp_string(std::string_view("a\0b", 3)) == "std::string_view(\"a\\000b\", 3)");
}

TEST_CASE("C++ comments stay on one line and cannot splice the next one") {
  CHECK(cpp_comment("one\ntwo\r\nthree") == "one two three");
  CHECK(cpp_comment("ends with \\") == "ends with /");
  CHECK(cpp_comment("what?"
                    "?/") == "what? ?/");
  // Three marks and a backslash: replacing "??" once left "? ??/", a trigraph again.
  CHECK(cpp_comment("end ?"
                    "??\\") == "end ? ? ?/");
  CHECK(cpp_comment("?"
                    "???"
                    "?/") == "? ? ? ? ?/");
}

TEST_CASE("TypeScript literals escape quotes, controls and every non-ASCII character") {
  CHECK(ts_string("a\"b") == "\"a\\\"b\"");
  CHECK(ts_string("${x} `y` </script>") == "\"${x} `y` </script>\"");
  CHECK(ts_string("\xE2\x80\xA8") == "\"\\u2028\"");
  // Plain ASCII is copied; anything else goes through the JSON library's escaping.
  CHECK(ts_string("accounting.invoices / read-only") == "\"accounting.invoices / read-only\"");
  CHECK(ts_string("") == "\"\"");
  CHECK(ts_string("back\\slash\ttab\x7F") == "\"back\\\\slash\\ttab\\u007f\"");
  CHECK(ts_string("\xE2\x80\x8F") == "\"\\u200f\"");
  CHECK(ts_comment("a */ b") == "a *\\/ b");
}

// Regression (issue 6): a right-to-left override in a description reached a /// comment as it
// was, and GCC's default -Wbidi-chars made the generated header fail to compile under -Werror.
TEST_CASE("comments drop line separators and bidirectional controls, keep other UTF-8") {
  CHECK(cpp_comment("a\xE2\x80\xA8"
                    "b\xE2\x80\xA9"
                    "c\xC2\x85"
                    "d") == "a b c d");
  CHECK(cpp_comment("x \xE2\x80\xAE"
                    "evil\xE2\x80\xAC y") == "x evil y");
  CHECK(cpp_comment("\xE2\x80\x8F"
                    "rlm \xE2\x80\x8E"
                    "lrm \xD8\x9C"
                    "alm \xE2\x81\xA7"
                    "i\xE2\x81\xA9") == "rlm lrm alm i");
  CHECK(cpp_comment("caf\xC3\xA9 \xF0\x9F\x98\x80 \xE6\xBC\xA2") ==
        "caf\xC3\xA9 \xF0\x9F\x98\x80 \xE6\xBC\xA2");
  CHECK(cpp_comment(std::string_view("nul\0byte", 8)) == "nul byte");
  CHECK(cpp_comment("bad \xFF byte") == "bad ? byte");
  CHECK(ts_comment("a */ b\xE2\x80\xA8"
                   "c \xE2\x80\xAE") == "a *\\/ b c");
}

TEST_CASE("table literals always carry their byte length") {
  CHECK(cpp_string_view("plain") == "std::string_view(\"plain\", 5)");
  CHECK(cpp_string_view("") == "std::string_view(\"\", 0)");
  // The length counts bytes of the original, not characters of the escaped literal.
  CHECK(cpp_string_view("caf\xC3\xA9 \"q\" \\ ?") ==
        "std::string_view(\"caf\\303\\251 \\\"q\\\" \\\\ \\?\", 13)");
  // NUL followed by a digit: the octal escape is always 3 digits, so "1" stays its own byte.
  const std::string nul_digit{'a', '\0', '1'};
  CHECK(cpp_string_view(nul_digit) == "std::string_view(\"a\\0001\", 3)");
  CHECK(cpp_string(std::string_view("a\0b", 3)) == cpp_string_view(std::string_view("a\0b", 3)));
}

TEST_CASE("every registered target's escaping keeps layout controls out of its output") {
  // A target's row carries its escaping; whatever a new target registers is held to this.
  const std::string hostile =
      "a\nb\r\x0b"
      "c\xE2\x80\xA8"
      "d\xE2\x80\xAE"
      "e\xC2\x85"
      "f";
  for (const scopegen::view::Target& t : scopegen::view::targets()) {
    CAPTURE(t.name);
    for (auto escape : {t.escaping.string, t.escaping.comment}) {
      if (!escape) continue;
      const std::string out = escape(hostile);
      CHECK(out.find_first_of("\n\r\x0b") == std::string::npos);
      CHECK(out.find("\xE2\x80\xA8") == std::string::npos);
      CHECK(out.find("\xE2\x80\xAE") == std::string::npos);
      CHECK(out.find("\xC2\x85") == std::string::npos);
    }
  }
}

TEST_CASE("Python literals escape quotes, backslashes, controls and every non-ASCII character") {
  CHECK(scopegen::view::py_string("a\"b'c\\") == "\"a\\\"b\\'c\\\\\"");
  CHECK(scopegen::view::py_string(std::string_view("x\0y\n\x1b", 5)) == "\"x\\x00y\\n\\x1B\"");
  CHECK(scopegen::view::py_string("\xE2\x80\xA8\xE2\x80\xAE caf\xC3\xA9 \xF0\x9F\x98\x80") ==
        "\"\\u2028\\u202E caf\\u00E9 \\U0001F600\"");
  CHECK(scopegen::view::py_comment("one\ntwo \xE2\x80\xAE three") == "one two three");
}

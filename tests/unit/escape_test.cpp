#include <doctest/doctest.h>

#include "view/escape.hpp"

using namespace scopegen::view;

TEST_CASE("C++ literals hold any bytes and cannot close early") {
  CHECK(cpp_string("plain") == "\"plain\"");
  CHECK(cpp_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(cpp_string("*/ ?" "?/ x") == "\"*/ \\?\\?/ x\"");
  CHECK(cpp_string("line\nbreak") == "\"line\\nbreak\"");
  CHECK(cpp_string("caf\xC3\xA9") == "\"caf\\303\\251\"");
  CHECK(cpp_string(std::string_view("a\0b", 3)) == "std::string_view(\"a\\000b\", 3)");
}

TEST_CASE("C++ comments stay on one line and cannot splice the next one") {
  CHECK(cpp_comment("one\ntwo\r\nthree") == "one two three");
  CHECK(cpp_comment("ends with \\") == "ends with /");
  CHECK(cpp_comment("what?" "?/") == "what? ?/");
}

TEST_CASE("TypeScript literals escape quotes, controls and every non-ASCII character") {
  CHECK(ts_string("a\"b") == "\"a\\\"b\"");
  CHECK(ts_string("${x} `y` </script>") == "\"${x} `y` </script>\"");
  CHECK(ts_string("\xE2\x80\xA8") == "\"\\u2028\"");
  CHECK(ts_string("\xE2\x80\x8F") == "\"\\u200f\"");
  CHECK(ts_comment("a */ b") == "a *\\/ b");
}

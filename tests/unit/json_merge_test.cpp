// render::set_member, the JSON side of `manifest --merge`: it owns one member and leaves every
// other byte of the user's file alone (BOM, numbers, line endings), and refuses a file where the
// member it owns appears twice.
#include <doctest/doctest.h>

#include "render/json_merge.hpp"
#include "render/permission_merge.hpp"
#include "support.hpp"

using namespace scopegen;
using Json = nlohmann::ordered_json;

namespace {
std::optional<std::string> merge(std::string_view text, diag::Diagnostics& d) {
  return render::set_member(text, "permissions", Json::array({"p"}), "m.json", d);
}
}  // namespace

TEST_CASE("a BOM is accepted and kept") {
  diag::Diagnostics d;
  CHECK(merge("\xEF\xBB\xBF{\"id\": \"x\", \"permissions\": []}", d) ==
        "\xEF\xBB\xBF{\"id\": \"x\", \"permissions\": [\"p\"]}");
  CHECK(merge("\xEF\xBB\xBF{}", d) == "\xEF\xBB\xBF{\n  \"permissions\": [\n    \"p\"\n  ]\n}");
  CHECK(test::text(d).empty());
}

TEST_CASE("numbers the merge does not own stay as written, whatever their size") {
  diag::Diagnostics d;
  CHECK(merge("{\"a\": 1e999, \"b\": -1E-400, \"c\": 123456789012345678901234567890, "
              "\"permissions\": 1}",
              d) ==
        "{\"a\": 1e999, \"b\": -1E-400, \"c\": 123456789012345678901234567890, \"permissions\": "
        "[\"p\"]}");
  CHECK(test::text(d).empty());
}

TEST_CASE("malformed numbers and other syntax errors are still reported, with positions") {
  diag::Diagnostics d;
  CHECK_FALSE(merge("{\n  \"a\": 01\n}", d));
  CHECK(test::text(d).find("m.json:2:") == 0);
  diag::Diagnostics d2;
  CHECK_FALSE(merge("\xEF\xBB\xBF[1e999]", d2));
  CHECK(test::text(d2) ==
        "m.json:1:1: error: expected a JSON object at the top of the manifest [E201]\n");
}

TEST_CASE("CRLF files get CRLF in what is inserted, replaced or appended") {
  diag::Diagnostics d;
  CHECK(merge("{\r\n  \"id\": \"x\"\r\n}\r\n", d) ==
        "{\r\n  \"id\": \"x\",\r\n  \"permissions\": [\r\n    \"p\"\r\n  ]\r\n}\r\n");
  CHECK(merge("{\r\n  \"permissions\": []\r\n}\r\n", d) ==
        "{\r\n  \"permissions\": [\r\n    \"p\"\r\n  ]\r\n}\r\n");
  CHECK(test::text(d).empty());
}

TEST_CASE("two members named like the one it owns: refused, both positions given") {
  diag::Diagnostics d;
  CHECK_FALSE(
      merge("{\"permissions\": [],\n \"x\": {\"permissions\": 1},\n \"permissions\": [1]}", d));
  CHECK(test::text(d) ==
        "m.json:3:2: error: 'permissions' appears more than once in the manifest; parsers keep "
        "only one of "
        "them, so remove the others before merging [E701]\nm.json:1:2: note: first 'permissions' "
        "here\n");
}

TEST_CASE("get_member reads the member merge_permissions starts from") {
  diag::Diagnostics d;
  CHECK(render::get_member("{\"n\": 1e999, \"permissions\": [{\"permission\": \"a_read\"}]}",
                           "permissions", "m.json",
                           d) == Json::array({{{"permission", "a_read"}}}));
  CHECK(render::get_member("{\"id\": \"x\"}", "permissions", "m.json", d) == Json());
  CHECK(!d.has_errors());
  CHECK(!render::get_member("{\"permissions\": [], \"permissions\": []}", "permissions", "m.json",
                            d));
  CHECK(d.has_errors());
}

TEST_CASE(
    "merging permissions adds, changes purposes, and keeps what the profile lacks unless pruned") {
  const Json current = Json::parse(R"([{"permission": "a_read", "purpose": "old"},
                                       {"permission": "x_read", "purpose": "kept"}, "odd"])");
  const Json wanted = Json::parse(R"([{"permission": "a_read", "purpose": "new"},
                                      {"permission": "b_read", "purpose": "added"}])");
  const auto kept = render::merge_permissions(current, wanted, false);
  CHECK(kept.added == std::vector<std::string>{"b_read"});
  CHECK(kept.repurposed == std::vector<std::string>{"a_read"});
  CHECK(kept.unrequested == std::vector<std::string>{"x_read", "\"odd\""});
  CHECK(kept.removed.empty());
  CHECK(kept.permissions == Json::parse(R"([{"permission": "a_read", "purpose": "new"},
                                            {"permission": "b_read", "purpose": "added"},
                                            {"permission": "x_read", "purpose": "kept"}, "odd"])"));
  const auto pruned = render::merge_permissions(current, wanted, true);
  CHECK(pruned.removed == std::vector<std::string>{"x_read", "\"odd\""});
  CHECK(pruned.permissions == wanted);
  CHECK(render::merge_permissions(Json(), wanted, false).added ==
        std::vector<std::string>{"a_read", "b_read"});
}

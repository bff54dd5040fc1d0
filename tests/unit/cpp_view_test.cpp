#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "model/model.hpp"
#include "targets/common/builders.hpp"

using namespace scopegen;

namespace {

/// A scope catalogue of `count` entries named s0, s1, ... (nothing else: the view needs no more).
model::Provider catalogue_of(std::size_t count) {
  model::Provider p;
  p.id = "big";
  p.name = "Big";
  for (std::size_t i = 0; i < count; ++i) {
    model::Entry e;
    e.name = "s" + std::to_string(i);
    p.index.emplace(e.name, static_cast<model::Index>(i));
    p.entries.push_back(std::move(e));
  }
  return p;
}

std::string underlying(std::size_t count) {
  const model::Model m;
  const auto view = view::cpp_provider_view(m, catalogue_of(count));
  REQUIRE(view.has_value());
  return (*view)["underlying"].get<std::string>();
}

}  // namespace

TEST_CASE("the enum's underlying type holds the largest enumerator, count - 1") {
  CHECK(view::cpp_enum_underlying(0) == "std::uint8_t");
  CHECK(view::cpp_enum_underlying(256) == "std::uint8_t");  // 0 .. 255
  CHECK(view::cpp_enum_underlying(257) == "std::uint16_t");
  CHECK(view::cpp_enum_underlying(65536) == "std::uint16_t");  // 0 .. 65535
  // One more and a 16-bit enum could not hold the last enumerator.
  CHECK(view::cpp_enum_underlying(65537) == "std::uint32_t");
  CHECK(view::cpp_enum_underlying(1000000) == "std::uint32_t");
}

TEST_CASE("the C++ view sizes the enums by their counts") {
  // 65,537 entries through the whole view takes seconds in a debug build; 257 shows the wiring.
  CHECK(underlying(256) == "std::uint8_t");
  CHECK(underlying(257) == "std::uint16_t");
}

TEST_CASE("a provider's features select its partials from what it declares, not its kind") {
  const model::Model m;
  model::Provider scopes = catalogue_of(2);
  auto flags = [&](const model::Provider& p) {
    const auto cpp = view::cpp_provider_view(m, p);
    const auto ts = view::ts_provider_view(m, p);
    REQUIRE(cpp.has_value());
    REQUIRE(ts.has_value());
    return std::pair{*cpp, *ts};
  };
  {
    const auto [cpp, ts] = flags(scopes);
    CHECK_FALSE(ts["has_implications"].get<bool>());
    CHECK_FALSE(cpp["has_resources"].get<bool>());
    CHECK(ts["has_grant_string"].get<bool>());
    CHECK_FALSE(ts["has_grant_list"].get<bool>());
    // A consent string makes alwaysRequired part of the API even when the list is empty.
    CHECK(cpp["has_always_required"].get<bool>());
    CHECK_FALSE(ts.contains("is_scopes"));
    CHECK_FALSE(cpp.contains("is_permissions"));
  }
  // A scope that implies another gets withImplied/with_implied, as a permission table does.
  scopes.entries[0].implies = {1};
  scopes.entries[0].implied_closure = {1};
  CHECK(flags(scopes).second["has_implications"].get<bool>());
  CHECK(flags(scopes).first["has_implications"].get<bool>());

  // Granted names as a list and no always-required list: neither grant string nor alwaysRequired.
  model::Provider listed = catalogue_of(1);
  listed.grant_format = model::GrantFormat::none;
  {
    const auto [cpp, ts] = flags(listed);
    CHECK(ts["has_grant_list"].get<bool>());
    CHECK_FALSE(ts["has_grant_string"].get<bool>());
    CHECK_FALSE(cpp["has_always_required"].get<bool>());
    CHECK(ts["parse_list"].get<std::string>() == "parseScopes");
  }
  listed.has_resources = true;
  listed.noun = {"permission", "permissions", "Permission"};
  {
    const auto [cpp, ts] = flags(listed);
    CHECK(cpp["has_resources"].get<bool>());
    // Implications stay part of a resource table's API even when none is declared.
    CHECK(ts["has_implications"].get<bool>());
    CHECK(ts["parse_list"].get<std::string>() == "parsePermissions");
  }
}

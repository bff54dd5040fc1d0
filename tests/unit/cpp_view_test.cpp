#include <doctest/doctest.h>

#include <string>

#include "model/model.hpp"
#include "targets/common/builders.hpp"

using namespace scopegen;

namespace {

/// A scope catalogue of `count` entries named s0, s1, ... (nothing else: the view needs no more).
model::Provider catalogue_of(std::size_t count) {
  model::Provider p;
  p.id = "big";
  p.name = "Big";
  p.kind = model::Kind::scopes;
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

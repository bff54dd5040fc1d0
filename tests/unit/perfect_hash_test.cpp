#include <doctest/doctest.h>

#include <string>

#include "targets/cpp/perfect_hash.hpp"

using namespace scopegen::view;

TEST_CASE("the perfect hash finds every name and rejects near misses") {
  std::vector<std::string> names;
  for (int i = 0; i < 2000; ++i)
    names.push_back("scope_" + std::to_string(i * 7919 % 100003) + "_read");
  const PerfectHash phf = build_perfect_hash(names);
  for (std::size_t i = 0; i < names.size(); ++i) CHECK(lookup(phf, names, names[i]) == i);
  CHECK_FALSE(lookup(phf, names, "scope_0_rea"));
  CHECK_FALSE(lookup(phf, names, "SCOPE_0_READ"));
  CHECK_FALSE(lookup(phf, names, ""));
  CHECK(phf.slots.size() >= names.size());
  CHECK(phf.sampled);
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

namespace {

/// Every name at its index, and every non-name rejected.
void check_exact(const std::vector<std::string>& names, const std::vector<std::string>& others) {
  const PerfectHash phf = build_perfect_hash(names);
  for (std::size_t i = 0; i < names.size(); ++i) CHECK(lookup(phf, names, names[i]) == i);
  for (const std::string& s : others) CHECK_MESSAGE(!lookup(phf, names, s), s);
}

}  // namespace

TEST_CASE("names of every length class: 1-3, 4-7, 8-16 and longer bytes") {
  std::vector<std::string> names;
  for (std::size_t n = 1; n <= 40; ++n) {
    names.push_back(std::string(n, 'a'));
    names.push_back(std::string(n - 1, 'a') + 'b');
    names.push_back('b' + std::string(n - 1, 'a'));
  }
  // n = 1 made "a", "b" and "b" again.
  names.erase(names.begin() + 2);
  const PerfectHash phf = build_perfect_hash(names);
  CHECK(phf.sampled);
  CHECK(phf.min_length == 1);
  CHECK(phf.max_length == 40);
  std::vector<std::string> others{"",
                                  "c",
                                  "aba",
                                  "abaa",
                                  "aabaa",
                                  std::string(41, 'a'),
                                  std::string(20, 'a') + 'b' + std::string(19, 'a')};
  for (std::size_t n = 2; n <= 40; ++n) others.push_back(std::string(n - 1, 'a') + 'c');
  check_exact(names, others);
}

TEST_CASE("non-names with NUL, a trailing byte, other case or a missing byte are rejected") {
  const std::vector<std::string> names{"openid",
                                       "profile",
                                       "email",
                                       "offline_access",
                                       "accounting.transactions",
                                       "accounting.transactions.read",
                                       std::string("nul\0inside", 10)};
  check_exact(names, {"", std::string("openid\0", 7), std::string("\0openid", 7), "openidx",
                      "Openid", "OPENID", "offline_acces", "offline_accesss",
                      "accounting.transactions.rea", "accounting.transactions.readx",
                      "accounting.transactionz", std::string("nul\0insidf", 10),
                      std::string("nul\0inside\0", 11), std::string("nulxinside", 10)});
}

TEST_CASE("names sharing a long prefix: an offset past it, chosen by the generator") {
  std::vector<std::string> names;
  for (const char* api : {"drive", "gmail", "sheet", "calen"}) {
    for (const char* suffix : {".readonly", ".readwrit"}) {
      names.push_back(std::string("https://www.googleapis.com/auth/") + api + suffix);
    }
  }
  // 46 bytes: the fixed words read bytes 0-7 and 30-45; the names differ in bytes 32-36 (the
  // fixed words see them) and in 41-45. Offset 8 separates them; check it is preferred.
  REQUIRE(separating_offset(names) == 8u);
  names.clear();
  for (const char* api : {"drive", "gmail", "sheet", "calen"}) {
    names.push_back(std::string("https://www.googleapis.com/auth/") + api + ".readonly.scopes");
  }
  // 53 bytes: bytes 32-36 (the API) are outside the fixed words (0-7, 37-52).
  const auto offset = separating_offset(names);
  REQUIRE(offset.has_value());
  CHECK(*offset >= 25);
  CHECK(*offset <= 36);
  const PerfectHash phf = build_perfect_hash(names);
  CHECK(phf.sampled);
  CHECK(phf.word_offset == *offset);
  check_exact(names, {"https://www.googleapis.com/auth/drivf.readonly.scopes",
                      "https://www.googleapis.com/auth/drive.readonly.scopez",
                      "https://www.googleapis.com/auth/drive.readonly.scope"});
}

TEST_CASE("no offset separates the names: the full hash, still exact") {
  // 48 bytes; the fixed words read bytes 0-7 and 32-47. One pair differs only in byte 16, the
  // other only in byte 30: no 8-byte window holds both.
  const std::string base(48, '.');
  const auto with = [&](std::size_t at, char c, char first) {
    std::string s = base;
    s[0] = first;
    s[at] = c;
    return s;
  };
  const std::vector<std::string> names{with(16, 'x', 'a'), with(16, 'y', 'a'), with(30, 'x', 'b'),
                                       with(30, 'y', 'b')};
  CHECK_FALSE(separating_offset(names).has_value());
  const PerfectHash phf = build_perfect_hash(names);
  CHECK_FALSE(phf.sampled);
  check_exact(names, {with(16, 'z', 'a'), with(30, 'z', 'b'), with(16, 'x', 'b'), base});
}

TEST_CASE("the sampled hash reads the length and four words only") {
  // 40 bytes, offset 8: bytes 0-15 and 24-39 are read, 16-23 are not.
  const std::string x = "0123456789abcdef.X.....ghijklmnopqrstuvw";
  const std::string y = "0123456789abcdef.Y.....ghijklmnopqrstuvw";
  CHECK(sampled_hash(x, 7, 8) == sampled_hash(y, 7, 8));
  CHECK(sampled_hash(x, 7, 14) != sampled_hash(y, 7, 14));
  // Up to 32 bytes every byte is read.
  CHECK(sampled_hash(x.substr(0, 32), 7, 8) != sampled_hash(y.substr(0, 32), 7, 8));
  CHECK(sampled_hash("abcdefgh", 7, 8) != sampled_hash("abcdefgh", 8, 8));
  CHECK(sampled_hash("abcd", 7, 8) != sampled_hash(std::string_view("abcd\0", 5), 7, 8));
  CHECK(sampled_hash("abc", 7, 8) != sampled_hash("acb", 7, 8));
  // The offset is clamped to size - 8: a short name reads what it can.
  CHECK(sampled_hash("abcdefghij", 7, 2) == sampled_hash("abcdefghij", 7, 30));
}

namespace {

std::uint64_t fnv1a(const std::vector<std::uint32_t>& values) {
  std::uint64_t h = 1469598103934665603ull;
  for (std::uint32_t v : values) {
    h ^= v;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

TEST_CASE("the search gives the tables it always gave: the committed headers hold them") {
  // Pinned from the search before it was made faster (issue 18): the same seed, word offset,
  // displacements and slots, so generated/ and every consumer's headers stay byte-identical.
  std::vector<std::string> names;
  for (int i = 0; i < 2000; ++i)
    names.push_back("scope_" + std::to_string(i * 7919 % 100003) + "_read");
  const PerfectHash phf = build_perfect_hash(names);
  CHECK(phf.sampled);
  CHECK(phf.word_offset == 0u);
  CHECK(phf.seed == 1554098974ull);
  CHECK(fnv1a(phf.displacements) == 6741605957455609086ull);
  CHECK(fnv1a(phf.slots) == 10067809232432562697ull);
  names.clear();
  for (const char* api : {"drive", "gmail", "sheet", "calen"})
    names.push_back(std::string("https://www.googleapis.com/auth/") + api + ".readonly.scopes");
  const PerfectHash google = build_perfect_hash(names);
  CHECK(google.sampled);
  CHECK(google.word_offset == 25u);
  CHECK(google.seed == 8709371131427789682ull);
  CHECK(fnv1a(google.displacements) == 11126445248426326267ull);
  CHECK(fnv1a(google.slots) == 3732921048556692737ull);
}

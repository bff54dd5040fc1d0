#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <random>
#include <set>
#include <string_view>
#include <vector>

#include "diag/diagnostics.hpp"
#include "diag/json_report.hpp"
#include "diag/printable.hpp"
#include "diag/suggest.hpp"

using namespace scopegen::diag;

TEST_CASE("diagnostics print compiler style, sorted by position, duplicates once") {
  Diagnostics d;
  d.error(code::kUnknownRef, {"b.yaml", 2, 1}, "second");
  d.error(code::kUnknownRef, {"a.yaml", 9, 3}, "first", {{{"a.yaml", 1, 1}, "defined here"}});
  d.warning(code::kImplied, {"b.yaml", 1, 5}, "a warning");
  d.error(code::kUnknownRef, {"b.yaml", 2, 1}, "second");
  CHECK(d.error_count() == 3);
  CHECK(format_all(d) ==
        "a.yaml:9:3: error: first [E302]\n"
        "a.yaml:1:1: note: defined here\n"
        "b.yaml:1:5: warning: a warning [W301]\n"
        "b.yaml:2:1: error: second [E302]\n");
}

TEST_CASE("a position without a line prints as the file alone") {
  CHECK(to_string(Position{"dir", 0, 0}) == "dir");
  CHECK(to_string(Position{"f.yaml", 3, 0}) == "f.yaml:3");
}

TEST_CASE("did-you-mean finds typos, transpositions, and nothing when far") {
  const std::vector<std::string> names{"accounting.journals.read", "accounting.invoices",
                                       "offline_access"};
  CHECK(suggest("acounting.journals.read", names) == "accounting.journals.read");
  CHECK(suggest("accounting.inovices", names) == "accounting.invoices");
  CHECK_FALSE(suggest("payroll", names).has_value());
  CHECK(did_you_mean("ofline_access", names) == " (did you mean 'offline_access'?)");
  CHECK(did_you_mean("zzz", names).empty());
}

namespace {
// The unbounded optimal string alignment distance, as suggest.cpp had it: the reference the
// banded, early-exit version must agree with.
std::size_t full_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}
}  // namespace

TEST_CASE("did-you-mean with bounded work suggests what the full edit distance does") {
  std::mt19937 random(12);  // fixed: the same names every run
  const auto word = [&](std::size_t max) {
    std::string w(1 + random() % max, 'a');
    for (char& c : w) c = "ab.c"[random() % 4];  // a small alphabet: many near misses
    return w;
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> names;
    for (int i = 0; i < 12; ++i) names.push_back(word(30));
    const std::string wrong = word(30);
    std::optional<std::string> expected;
    std::size_t best = 0;
    for (const std::string& c : names) {
      const std::size_t d = full_distance(wrong, c);
      const std::size_t limit = std::max<std::size_t>(1, std::max(c.size(), wrong.size()) / 3);
      if (d > 0 && d <= limit && (!expected || d < best || (d == best && c < *expected))) {
        expected = c;
        best = d;
      }
    }
    INFO("wrong: ", wrong);
    CHECK(suggest(wrong, names) == expected);
  }
}

TEST_CASE("did-you-mean works on long names up to its bound, and over records") {
  const std::string base(150, 'a');
  const std::vector<std::string> names{base + ".read", base + ".write"};
  CHECK(suggest(base + ".raed", names) == base + ".read");
  const std::string too_long(kMaxSuggestedLength + 1, 'b');
  CHECK_FALSE(suggest(too_long + "x", std::vector<std::string>{too_long + "y"}).has_value());
  // The overload that reads candidates one at a time, as the model's resolver calls it.
  struct Entry {
    std::string name;
  };
  const std::vector<Entry> entries{{"ledger.read"}, {"ledger"}};
  CHECK(did_you_mean("ledgr", entries.size(), [&](std::size_t i) -> std::string_view {
          return entries[i].name;
        }) == " (did you mean 'ledger'?)");
}

TEST_CASE("the JSON report names a file whose name is not UTF-8 as the text report does") {
  Diagnostics d;
  d.error(code::kIo, {"bad\xFF.yaml", 0, 0}, "cannot read");
  const std::string json = json_text(d);  // not U+FFFD: \xFF, as the text report
  CHECK(json.find(R"("file": "bad\\xFF.yaml")") != std::string::npos);
}

TEST_CASE("every code is unique") {
  std::set<std::string_view> ids;
  for (const Code& c : all_codes()) CHECK(ids.insert(c.id).second);
}

TEST_CASE("table text in a message cannot forge lines or reorder the terminal") {
  CHECK(printable("plain text, é and 日本") == "plain text, é and 日本");
  CHECK(printable("a\nb.yaml:1:1: error: forged") == "a\\nb.yaml:1:1: error: forged");
  CHECK(printable(std::string_view("\t\r\x1b[2J\0\x7f", 8)) == "\\t\\r\\x1B[2J\\x00\\x7F");
  CHECK(printable("rtl \u202Eevil\u2066 \u2028 \u200B \uFEFF") ==
        "rtl \\u{202E}evil\\u{2066} \\u{2028} \\u{200B} \\u{FEFF}");
  CHECK(printable("\xC2\x85") == "\\u{0085}");                   // C1 next line
  CHECK(printable("bad \xFF \xC3 \xE0\x80\x80 \xED\xA0\x80") ==  // invalid, truncated,
        "bad \\xFF \\xC3 \\xE0\\x80\\x80 \\xED\\xA0\\x80");      // overlong, surrogate
  CHECK(printable("\xF0\x9F\x94\x91") == "\xF0\x9F\x94\x91");    // U+1F511 kept

  Diagnostics d;
  d.error(code::kUnknownRef, {"x\ny.yaml", 1, 2}, "name 'a\nb'", {{{"x.yaml", 3, 4}, "see\r"}});
  CHECK(format_all(d) == "x\\ny.yaml:1:2: error: name 'a\\nb' [E302]\nx.yaml:3:4: note: see\\r\n");
}

TEST_CASE("past the cap, a file's diagnostics are counted, not listed") {
  Diagnostics d;
  for (int line = 1; line <= 5; ++line) d.error(code::kUnknownRef, {"a.yaml", line, 1}, "e");
  d.warning(code::kImplied, {"b.yaml", 1, 1}, "w");
  CHECK(format_all(d, 2) ==
        "a.yaml:1:1: error: e [E302]\n"
        "a.yaml:2:1: error: e [E302]\n"
        "a.yaml: note: 3 more diagnostics in this file not shown (the first 2 are)\n"
        "b.yaml:1:1: warning: w [W301]\n");
  CHECK(d.error_count() == 5);
}

TEST_CASE("the JSON report lists every diagnostic with its position, code and notes") {
  Diagnostics d;
  d.warning(code::kImplied, {"b.yaml", 1, 5}, "a warning");
  d.error(code::kUnknownRef, {"a.yaml", 9, 3}, "bad \xFF", {{{"a.yaml", 1, 1}, "defined here"}});
  const auto j = to_json(d);
  CHECK(j["errors"] == 1);
  CHECK(j["warnings"] == 1);
  REQUIRE(j["diagnostics"].size() == 2);
  const auto& first = j["diagnostics"][0];
  CHECK(first["file"] == "a.yaml");
  CHECK(first["line"] == 9);
  CHECK(first["column"] == 3);
  CHECK(first["severity"] == "error");
  CHECK(first["code"] == "E302");
  CHECK(first["summary"] == std::string(code::kUnknownRef.summary));
  CHECK(first["notes"][0]["message"] == "defined here");
  CHECK(j["diagnostics"][1]["severity"] == "warning");
  // Invalid UTF-8 in a message is replaced, not thrown on.
  CHECK(json_text(d).find("bad \xEF\xBF\xBD") != std::string::npos);
}

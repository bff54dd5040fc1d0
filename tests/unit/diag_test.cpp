#include <doctest/doctest.h>

#include <set>

#include "diag/diagnostics.hpp"
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
  const std::vector<std::string> names{"accounting.journals.read", "accounting.invoices", "offline_access"};
  CHECK(suggest("acounting.journals.read", names) == "accounting.journals.read");
  CHECK(suggest("accounting.inovices", names) == "accounting.invoices");
  CHECK_FALSE(suggest("payroll", names).has_value());
  CHECK(did_you_mean("ofline_access", names) == " (did you mean 'offline_access'?)");
  CHECK(did_you_mean("zzz", names).empty());
}

TEST_CASE("every code is unique") {
  std::set<std::string_view> ids;
  for (const Code& c : all_codes()) CHECK(ids.insert(c.id).second);
}

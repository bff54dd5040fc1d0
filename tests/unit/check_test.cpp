#include <doctest/doctest.h>

#include "check/vocabulary.hpp"
#include "support.hpp"

using namespace scopegen;

TEST_CASE("a well-formed catalogue decodes with every field") {
  diag::Diagnostics d;
  const auto t = test::tables_of({{"c.yaml", test::kCatalogue}}, d);
  REQUIRE_FALSE(d.has_errors());
  REQUIRE(t.catalogues.size() == 1);
  const auto& c = t.catalogues[0];
  CHECK(c.provider->id.value == "demo");
  CHECK(c.scopes.size() == 4);
  CHECK(c.scopes[3].replaced_by[0].name == "ledger");
  CHECK(c.use_cases[1].read_only_configuration);
  REQUIRE(c.use_cases[1].scheme_lists.size() == 2);
  CHECK(c.use_cases[1].scheme_lists[0].first.value == "broad");
  CHECK_FALSE(c.use_cases[1].scheme_lists[0].second.known);
  CHECK(c.use_cases[1].scheme_lists[0].second.unknown_reason == "set with a specialist");
  REQUIRE(c.provider->statuses.size() == 3);
  CHECK(c.provider->statuses[2].role->value == "retiring");
  CHECK(c.use_cases[0].label.fr == "Livres");
}

TEST_CASE("shape errors: wrong type, missing key, unknown key with a suggestion") {
  diag::Diagnostics d;
  (void)test::tables_of({{"bad.yaml", R"(scopegen: 1
kind: catalogue
provider: {id: demo}
scopes:
  - {name: a, description: x, read_only: "no", status: granular}
  - {name: b, descripton: x, description: y, read_only: true, status: granular}
)"}},
                        d);
  const std::string s = test::text(d);
  CHECK(s.find("bad.yaml:3:11: error: missing required key 'name' [E202]") != std::string::npos);
  CHECK(s.find("bad.yaml:5:42: error: expected true or false, found a string [E201]") !=
        std::string::npos);
  CHECK(
      s.find(
          "bad.yaml:6:15: error: unknown key 'descripton' (did you mean 'description'?) [E203]") !=
      std::string::npos);
}

TEST_CASE("a reader walks the source map beside the JSON: names and positions of its children") {
  diag::Diagnostics d;
  const auto doc = load::parse_yaml(
      "scopes:\n  - a\n  - {name: b}\nbase: &b {x: [1, {y: 2}]}\ncopy: *b\n", "r.yaml", d);
  REQUIRE(doc);
  const check::Reader root(*doc, d);
  CHECK(root.name().empty());
  CHECK(root.pos() == diag::Position{"r.yaml", 1, 1});
  const auto scopes = root.child("scopes");
  REQUIRE(scopes);
  CHECK(scopes->name() == "scopes");
  CHECK(scopes->key_pos() == diag::Position{"r.yaml", 1, 1});
  CHECK(scopes->pos() == diag::Position{"r.yaml", 2, 3});
  const auto elements = scopes->elements();
  REQUIRE(elements.size() == 2);
  CHECK(elements[1].name() == "1");
  CHECK(elements[1].pos() == diag::Position{"r.yaml", 3, 5});
  CHECK(elements[1].key_pos() == diag::Position{"r.yaml", 3, 5});
  CHECK(elements[1].child("name")->key_pos() == diag::Position{"r.yaml", 3, 6});
  CHECK(elements[1].child("name")->pos() == diag::Position{"r.yaml", 3, 12});
  CHECK_FALSE(elements[1].child("nope"));
  const auto members = root.members();
  REQUIRE(members.size() == 3);
  CHECK(members[2].first == "copy");
  CHECK(members[2].second.key_pos() == diag::Position{"r.yaml", 5, 1});
  CHECK(members[2].second.pos() == diag::Position{"r.yaml", 5, 7});
  // The anchored original has its positions; its copy's values stand at the alias, key and value.
  const auto original = root.child("base")->child("x")->elements()[1].child("y");
  CHECK(original->key_pos() == diag::Position{"r.yaml", 4, 19});
  CHECK(original->pos() == diag::Position{"r.yaml", 4, 22});
  const auto copy_x = root.child("copy")->child("x");
  CHECK(copy_x->name() == "x");
  CHECK(copy_x->key_pos() == diag::Position{"r.yaml", 5, 7});
  const auto copied = copy_x->elements()[1].child("y");
  REQUIRE(copied);
  CHECK(copied->json() == 2);
  CHECK(copied->pos() == diag::Position{"r.yaml", 5, 7});
  CHECK(copied->key_pos() == diag::Position{"r.yaml", 5, 7});
  CHECK(copy_x->elements()[1].name() == "1");
  // Unknown keys are reported at their key, below an alias at the alias.
  (void)elements[1].expect_keys({"purpose"}, {});
  (void)copy_x->elements()[1].expect_keys({"z"}, {});
  CHECK(test::text(d) ==
        "r.yaml:3:6: error: unknown key 'name' [E203]\nr.yaml:5:7: error: unknown key 'y' "
        "(did you mean 'z'?) [E203]\n");
}

TEST_CASE("vocabulary and patterns") {
  using namespace check::vocabulary;
  CHECK(is_entry_name("accounting.reports.read"));
  CHECK(is_entry_name("customer_read"));
  // The provider's own spellings: upper case, colons, URLs.
  CHECK(is_entry_name("Mail.Read"));
  CHECK(is_entry_name("channels:read"));
  CHECK(is_entry_name("https://www.googleapis.com/auth/drive.readonly"));
  CHECK(is_entry_name("https://mail.google.com/"));
  // No grant format's separator, no quote, and a letter first.
  CHECK_FALSE(is_entry_name("a b"));
  CHECK_FALSE(is_entry_name("a,b"));
  CHECK_FALSE(is_entry_name("a\"b"));
  CHECK_FALSE(is_entry_name("2fa"));
  CHECK_FALSE(is_entry_name(""));
  CHECK(is_id("lending_loan_qualification"));
  CHECK_FALSE(is_id("Lending"));
  CHECK(is_event_type("customer.subscription.created"));
  CHECK_FALSE(is_event_type("invoice"));
  CHECK_FALSE(is_event_type("invoice..paid"));
  CHECK(is_date("2026-03-02"));
  CHECK(is_date("2027-09"));
  CHECK_FALSE(is_date("2027-13"));
  CHECK_FALSE(is_date("2026-3-2"));
  CHECK(has_access_suffix("event_read"));
  CHECK_FALSE(has_access_suffix("_read"));
  CHECK_FALSE(has_access_suffix("reader"));
}

TEST_CASE("the header names the format version and kind") {
  diag::Diagnostics d;
  (void)test::tables_of({{"v.yaml", "scopegen: 2\nkind: catalogue\n"},
                         {"k.yaml", "scopegen: 1\nkind: catalog\n"},
                         {"n.yaml", "- a list\n"}},
                        d);
  const std::string s = test::text(d);
  CHECK(s.find("v.yaml:1:11: error: unsupported format version 2") != std::string::npos);
  CHECK(
      s.find(
          "k.yaml:2:7: error: unknown kind 'catalog'; expected catalogue, app, operations or sdks "
          "(did you mean 'catalogue'?)") != std::string::npos);
  CHECK(s.find("n.yaml:1:1: error: a table is a mapping") != std::string::npos);
}

TEST_CASE("an app request needs a purpose that says something") {
  diag::Diagnostics d;
  (void)test::tables_of({{"app.yaml", R"(scopegen: 1
kind: app
app: {id: a, name: A, created: "2026-01-01"}
providers:
  pay:
    permissions:
      - {name: invoice_read, purpose: " "}
)"}},
                        d);
  CHECK(test::text(d).find("app.yaml:7:39: error: the purpose of 'invoice_read' is empty") !=
        std::string::npos);
}

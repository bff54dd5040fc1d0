#include <doctest/doctest.h>

#include "render/mustache_env.hpp"
#include "support.hpp"

using namespace scopegen;
using Json = nlohmann::ordered_json;

namespace {
std::optional<std::string> render_text(const std::string& text, const Json& view, diag::Diagnostics& d,
                                  std::map<std::string, render::Template> partials = {}) {
  return render::render_template({text, "t.mustache", "/t.mustache"}, "cpp", view, partials, d);
}
}  // namespace

TEST_CASE("values print as they are: no HTML escaping") {
  diag::Diagnostics d;
  CHECK(render_text("{{x}}", Json{{"x", "std::vector<int> & \"q\""}}, d) == "std::vector<int> & \"q\"");
}

TEST_CASE("a name the view lacks is an error, not an empty string") {
  diag::Diagnostics d;
  CHECK_FALSE(render_text("{{#items}}{{nmae}}{{/items}}", Json{{"items", {{{"name", "a"}}}}}, d));
  CHECK(test::text(d) == "t.mustache: error: uses 'nmae', which its view does not have (see --dump-view) [E502]\n");
}

TEST_CASE("false booleans and empty lists render nothing; inverted sections work") {
  diag::Diagnostics d;
  CHECK(render_text("{{#f}}no{{/f}}{{^f}}yes{{/f}}{{#l}}x{{/l}}", Json{{"f", false}, {"l", Json::array()}}, d) == "yes");
}

TEST_CASE("syntax errors point at line and column") {
  diag::Diagnostics d;
  CHECK_FALSE(render_text("line one\n  {{#open}}\n", Json{{"open", true}}, d));
  CHECK(test::text(d) == "t.mustache:2:3: error: Unclosed section \"open\" at 11 [E501]\n");
}

TEST_CASE("partials come from the template's folder, and a missing one is an error") {
  diag::Diagnostics d;
  std::map<std::string, render::Template> partials{{"cpp/banner", {"// {{who}}\n", "cpp/_banner.mustache", ""}},
                                                   {"json/banner", {"nope", "json/_banner.mustache", ""}}};
  CHECK(render_text("{{> banner}}x", Json{{"who", "me"}}, d, partials) == "// me\nx");
  CHECK_FALSE(render_text("{{> footer}}", Json::object(), d, partials));
  CHECK(test::text(d).find("uses partial 'footer'") != std::string::npos);
}

TEST_CASE("view strings never become template text") {
  diag::Diagnostics d;
  CHECK(render_text("{{x}}", Json{{"x", "{{#y}}{{/y}}"}}, d) == "{{#y}}{{/y}}");
}

TEST_CASE("a line holding only a section tag leaves no blank line, whether the section renders or not") {
  diag::Diagnostics d;
  const std::string tmpl = "a\n  {{#f}}\nx\n  {{/f}}\nb\n{{^f}}\ny\n{{/f}}\nc\n";
  CHECK(render_text(tmpl, Json{{"f", false}}, d) == "a\nb\ny\nc\n");
  CHECK(render_text(tmpl, Json{{"f", true}}, d) == "a\nx\nb\nc\n");
  CHECK(render_text("{{#l}}\n- {{.}}\n{{/l}}\n", Json{{"l", {"p", "q"}}}, d) == "- p\n- q\n");
  // A blank line after a section stays, once, either way.
  for (bool f : {false, true}) {
    CHECK(render_text("a\n{{#f}}\nx\n{{/f}}\n\nb\n", Json{{"f", f}}, d) == (f ? "a\nx\n\nb\n" : "a\n\nb\n"));
  }
}

TEST_CASE("keys no tag names are left out of the data, without changing what renders") {
  diag::Diagnostics d;
  const Json view{
      {"phf", {{"seed", "7"}, {"unused", {1, 2}}}}, {"big", {{{"x", "y"}}}}, {"x", "top"}};
  CHECK(render_text("{{phf.seed}} {{#phf}}{{seed}}{{/phf}}", view, d) == "7 7");
  // Other delimiters hide the tags from the scan: then every key is kept.
  CHECK(render_text("{{=<% %>=}}<% x %> <%#big%><%x%><%/big%>", view, d) == "top y");
  CHECK(d.empty());
}

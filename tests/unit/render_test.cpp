#include <doctest/doctest.h>

#include "load/limits.hpp"
#include "render/mustache_env.hpp"
#include "render/render.hpp"
#include "render/tags.hpp"
#include "support.hpp"

using namespace scopegen;
using Json = nlohmann::ordered_json;

namespace {
std::optional<std::string> render_text(const std::string& text, const Json& view,
                                       diag::Diagnostics& d,
                                       std::map<std::string, render::Template> partials = {}) {
  return render::render_template({text, "t.mustache", "/t.mustache"}, "cpp", view, partials, d);
}
}  // namespace

TEST_CASE("values print as they are: no HTML escaping") {
  diag::Diagnostics d;
  CHECK(render_text("{{x}}", Json{{"x", "std::vector<int> & \"q\""}}, d) ==
        "std::vector<int> & \"q\"");
}

TEST_CASE("a name the view lacks is an error, not an empty string") {
  diag::Diagnostics d;
  CHECK_FALSE(render_text("{{#items}}{{nmae}}{{/items}}", Json{{"items", {{{"name", "a"}}}}}, d));
  CHECK(test::text(d) ==
        "t.mustache:1:11: error: uses 'nmae', which its view does not have (see --dump-view) "
        "[E502]\n");
}

TEST_CASE("false booleans and empty lists render nothing; inverted sections work") {
  diag::Diagnostics d;
  CHECK(render_text("{{#f}}no{{/f}}{{^f}}yes{{/f}}{{#l}}x{{/l}}",
                    Json{{"f", false}, {"l", Json::array()}}, d) == "yes");
}

TEST_CASE("syntax errors point at line and column") {
  diag::Diagnostics d;
  CHECK_FALSE(render_text("line one\n  {{#open}}\n", Json{{"open", true}}, d));
  CHECK(test::text(d) == "t.mustache:2:3: error: section 'open' is never closed [E501]\n");
}

TEST_CASE("partials come from the template's folder, and a missing one is an error") {
  diag::Diagnostics d;
  std::map<std::string, render::Template> partials{
      {"cpp/banner", {"// {{who}}\n", "cpp/_banner.mustache", ""}},
      {"json/banner", {"nope", "json/_banner.mustache", ""}}};
  CHECK(render_text("{{> banner}}x", Json{{"who", "me"}}, d, partials) == "// me\nx");
  CHECK_FALSE(render_text("{{> footer}}", Json::object(), d, partials));
  CHECK(test::text(d) ==
        "t.mustache:1:1: error: includes partial 'footer', which no template directory has "
        "(_footer.mustache in the template's folder or at the top) [E502]\n");
}

TEST_CASE("view strings never become template text") {
  diag::Diagnostics d;
  CHECK(render_text("{{x}}", Json{{"x", "{{#y}}{{/y}}"}}, d) == "{{#y}}{{/y}}");
}

TEST_CASE(
    "a line holding only a section tag leaves no blank line, whether the section renders or not") {
  diag::Diagnostics d;
  const std::string tmpl = "a\n  {{#f}}\nx\n  {{/f}}\nb\n{{^f}}\ny\n{{/f}}\nc\n";
  CHECK(render_text(tmpl, Json{{"f", false}}, d) == "a\nb\ny\nc\n");
  CHECK(render_text(tmpl, Json{{"f", true}}, d) == "a\nx\nb\nc\n");
  CHECK(render_text("{{#l}}\n- {{.}}\n{{/l}}\n", Json{{"l", {"p", "q"}}}, d) == "- p\n- q\n");
  // A blank line after a section stays, once, either way.
  for (bool f : {false, true}) {
    CHECK(render_text("a\n{{#f}}\nx\n{{/f}}\n\nb\n", Json{{"f", f}}, d) ==
          (f ? "a\nx\n\nb\n" : "a\n\nb\n"));
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

TEST_CASE("tags are found as kainjow finds them, other delimiters and triple braces included") {
  const auto tags = render::scan_tags("a {{> banner}}{{{raw}}}{{=<% %>=}}<%#x%>{{y}}<%/x%>");
  REQUIRE(tags.size() == 5);
  CHECK((tags[0].kind == '>' && tags[0].name == "banner" && tags[0].offset == 2));
  CHECK((tags[1].kind == ' ' && tags[1].name == "raw"));
  CHECK(tags[2].kind == '=');
  CHECK((tags[3].kind == '#' && tags[3].name == "x"));  // {{y}} is text under <% %>
  CHECK((tags[4].kind == '/' && tags[4].name == "x"));
  CHECK(render::position_at({"ab\ncd", "t.mustache", ""}, 4) == diag::Position{"t.mustache", 2, 2});
}

TEST_CASE("partials that include themselves are refused at the tag, before kainjow recurses") {
  diag::Diagnostics d;
  std::map<std::string, render::Template> partials{
      {"cpp/a", {"x\n  {{> b}}", "cpp/_a.mustache", ""}},
      {"cpp/b", {"{{#l}}{{> a}}{{/l}}", "cpp/_b.mustache", ""}},
      // Other delimiters do not hide the tag.
      {"cpp/self", {"{{=<% %>=}}<%> self%>", "cpp/_self.mustache", ""}}};
  CHECK_FALSE(render_text("{{> a}}", Json{{"l", true}}, d, partials));
  CHECK(test::text(d) ==
        "cpp/_b.mustache:1:7: error: partials include each other: 'a' includes 'b' includes 'a'; "
        "rendering "
        "would never end [E504]\ncpp/_a.mustache:2:3: note: 'a' includes 'b' here\n");
  diag::Diagnostics d2;
  CHECK_FALSE(render_text("{{#l}}{{> self}}{{/l}}", Json{{"l", false}}, d2, partials));
  CHECK(test::text(d2) ==
        "cpp/_self.mustache:1:12: error: partial 'self' includes itself; rendering would never end "
        "[E504]\n");
}

TEST_CASE("partials nest at most load::RenderLimits::max_partial_depth deep") {
  const std::size_t limit = load::RenderLimits{}.max_partial_depth;
  std::map<std::string, render::Template> partials;
  for (std::size_t i = 1; i <= limit; ++i) {
    partials["p" + std::to_string(i)] = {"{{> p" + std::to_string(i + 1) + "}}",
                                         "_p" + std::to_string(i) + ".mustache", ""};
  }
  partials["p" + std::to_string(limit + 1)] = {"end", "_end.mustache", ""};
  diag::Diagnostics d;
  CHECK_FALSE(render_text("{{> p1}}", Json::object(), d, partials));
  CHECK(test::text(d).find("partials nest at least 33 deep from here (p1 > p2 > ") !=
        std::string::npos);
  // One level less renders; so does a partial reached by many paths (a diamond, checked once).
  partials["p" + std::to_string(limit)] = {"end", "_end.mustache", ""};
  diag::Diagnostics d2;
  CHECK(render_text("{{> p1}}", Json::object(), d2, partials) == "end");
  CHECK(d2.empty());
  // Reached deeper through another path than the first time: still measured.
  diag::Diagnostics d3;
  CHECK_FALSE(render_text("{{> p5}}{{> q}}", Json::object(), d3, [&] {
    auto more = partials;
    more["q"] = {"{{> q2}}", "_q.mustache", ""};
    more["q2"] = {"{{> q3}}", "_q2.mustache", ""};
    more["q3"] = {"{{> q4}}", "_q3.mustache", ""};
    more["q4"] = {"{{> q5}}", "_q4.mustache", ""};
    more["q5"] = {"{{> q6}}", "_q5.mustache", ""};
    more["q6"] = {"{{> p1}}", "_q6.mustache", ""};
    return more;
  }()));
  CHECK(test::text(d3).find(
            "t.mustache:1:9: error: partials nest 38 deep from here (q > q2 > q3 > ... > p4 > p5 > "
            "...); the limit is 32 [E505]") != std::string::npos);
}

TEST_CASE("a file or a run past its output limit stops the render") {
  const Json view{{"l", Json::array({1, 2, 3, 4})}};
  const render::Template tmpl{"{{#l}}{{#l}}line\n{{/l}}{{/l}}", "t.mustache", ""};
  const render::PreparedView data(view, {&tmpl}, {});
  diag::Diagnostics d;
  render::OutputBudget small{50, 1000, 1000};
  CHECK_FALSE(render::render_template(tmpl, "cpp", data, {}, d, small));
  CHECK(test::text(d).find("t.mustache: error: renders a file of more than ") != std::string::npos);
  CHECK(test::text(d).find("[E506]") != std::string::npos);
  diag::Diagnostics d2;
  render::OutputBudget run{1000, 150, 150};
  std::string sixteen_lines;
  for (int i = 0; i < 16; ++i) sixteen_lines += "line\n";
  CHECK(render::render_template(tmpl, "cpp", data, {}, d2, run) == sixteen_lines);
  CHECK(run.run_bytes == 70);
  CHECK_FALSE(render::render_template(tmpl, "cpp", data, {}, d2, run));
  CHECK(test::text(d2).find("[E507]") != std::string::npos);
}

TEST_CASE("output without a newline is bounded too, though kainjow holds it until the line ends") {
  const Json view{{"l", Json::array({1, 2, 3, 4})}};
  const render::Template tmpl{"{{#l}}{{#l}}{{#l}}0123456789{{/l}}{{/l}}{{/l}}", "t.mustache", ""};
  const render::PreparedView data(view, {&tmpl}, {});
  diag::Diagnostics d;
  render::OutputBudget small{100, 1000, 1000};
  CHECK_FALSE(render::render_template(tmpl, "cpp", data, {}, d, small));
  CHECK(test::text(d) ==
        "t.mustache: error: renders a file of more than 100 bytes; the limit keeps a template "
        "that repeats without bound within memory [E506]\n");
  diag::Diagnostics d2;
  render::OutputBudget enough{640, 1000, 1000};
  CHECK(render::render_template(tmpl, "cpp", data, {}, d2, enough)->size() == 640);
}

TEST_CASE("a file that takes more steps than its budget stops, though it prints nothing") {
  const Json view{{"l", Json::array({1, 2, 3, 4})}};  // 6 values: the object, the list, 4 items
  const render::Template tmpl{"{{#l}}{{#l}}{{#l}}{{/l}}{{/l}}{{/l}}", "t.mustache", ""};
  const render::PreparedView data(view, {&tmpl}, {});
  diag::Diagnostics d;
  // 4 + 16 + 64 items, and 1 + 4 + 16 lookups: 105 steps, 93 + 2 per value.
  render::OutputBudget enough{1000, 1000, 1000, 93, 2};
  CHECK(render::render_template(tmpl, "cpp", data, {}, d, enough) == "");
  render::OutputBudget short_of_it{1000, 1000, 1000, 92, 2};
  CHECK_FALSE(render::render_template(tmpl, "cpp", data, {}, d, short_of_it));
  CHECK(test::text(d) ==
        "t.mustache: error: takes more than 104 steps (lookups, section items, partials) to "
        "render; the limit keeps a template that repeats without bound from hanging the build "
        "[E506]\n");
}

TEST_CASE("{operations} templates render once per provider with an operation table") {
  diag::Diagnostics d;
  const auto m = test::model_of({{"demo.yaml", test::kCatalogue},
                                 {"pay.yaml", test::kPermissions},
                                 {"demo.operations.yaml", R"(scopegen: 1
kind: operations
provider: demo
operations:
  - {id: getLedger, api: books, method: GET, path: /Ledger, broad: [everything], granular: [ledger.read, ledger]}
)"}},
                                d);
  REQUIRE_MESSAGE(m, test::text(d));
  render::TemplateStore store;
  const auto add = [&](const std::string& path, const std::string& text) {
    store.templates[path] = {text, path, ""};
  };
  add("ts/{provider}.{operations}.ts.mustache", "{{op_type}}\n");
  add("python/scopegen/{provider}_{operations}.py.mustache", "{{module}}\n");
  const render::OutputSet out = render::render_all(*m, store, d);
  CHECK_MESSAGE(!d.has_errors(), test::text(d));
  CHECK(out == render::OutputSet{{"python/scopegen/demo_operations.py", "demo\n"},
                                 {"ts/demo.operations.ts", "DemoOperation\n"}});
  // A target without an operations view, and {operations} without {provider}, are refused.
  add("md/{provider}.{operations}.md.mustache", "x");
  add("ts/{operations}.ts.mustache", "x");
  diag::Diagnostics d2;
  (void)render::render_all(*m, store, d2);
  CHECK(test::text(d2).find("md/{provider}.{operations}.md.mustache: error: target 'md' has no "
                            "view for {operations} templates") != std::string::npos);
  CHECK(test::text(d2).find("ts/{operations}.ts.mustache: error: an {operations} template is "
                            "rendered per provider: its path needs {provider} too") !=
        std::string::npos);
}

TEST_CASE("a render cache parses each template once and renders every view as a fresh parse") {
  const std::map<std::string, render::Template> partials{
      {"cpp/row", {"{{#rows}}{{name}}\n{{/rows}}", "cpp/_row.mustache", ""}},
      {"json/row", {"{{#x}}", "json/_row.mustache", ""}}};
  const render::Template tmpl{"{{title}}\n{{> row}}", "t.mustache", ""};
  const render::Template broken{"{{#a}}", "b.mustache", ""};
  render::RenderCache cache;
  render::OutputBudget budget;
  diag::Diagnostics d;
  // A partial that does not parse stops the render, at its own position.
  CHECK_FALSE(render::render_template(tmpl, "cpp",
                                      render::PreparedView(Json{{"title", "t"}}, {&tmpl}, partials),
                                      partials, d, budget, cache));
  CHECK(test::text(d) == "json/_row.mustache:1:1: error: section 'x' is never closed [E501]\n");
  const std::map<std::string, render::Template> fine{partials.begin(), std::next(partials.begin())};
  diag::Diagnostics d2;
  for (const char* name : {"a", "b"}) {
    const Json view{{"title", name}, {"rows", Json::array({{{"name", name}}, {{"name", "z"}}})}};
    CHECK(render::render_template(tmpl, "cpp", render::PreparedView(view, {&tmpl}, fine), fine, d2,
                                  budget, cache) == std::string(name) + "\n" + name + "\nz\n");
  }
  // A missing name is still reported at its tag, through the cached partials.
  CHECK_FALSE(render::render_template(tmpl, "cpp",
                                      render::PreparedView(Json{{"title", "t"}}, {&tmpl}, fine),
                                      fine, d2, budget, cache));
  CHECK(test::text(d2) ==
        "cpp/_row.mustache:1:1: error: uses 'rows', which its view does not have (see "
        "--dump-view) [E502]\n");
  for (int i = 0; i < 2; ++i) {
    CHECK_FALSE(render::render_template(broken, "cpp",
                                        render::PreparedView(Json::object(), {&broken}, fine), fine,
                                        d2, budget, cache));
  }
  CHECK(test::text(d2).find("b.mustache:1:1: error: section 'a' is never closed [E501]\n") !=
        std::string::npos);
}

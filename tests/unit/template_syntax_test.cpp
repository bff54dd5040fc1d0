#include <doctest/doctest.h>

#include "render/template_syntax.hpp"

using namespace scopegen;

namespace {
// "line:col: message" of the first syntax error, "" when the text parses.
std::string error_of(const std::string& text) {
  const auto e = render::syntax_error(text);
  if (!e) return "";
  const diag::Position p = render::position_at({text, "t", ""}, e->offset);
  return std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + e->message;
}
}  // namespace

TEST_CASE("a template that parses has no syntax error") {
  CHECK(error_of("{{#a}}{{b}}{{^c}}{{{d}}}{{/c}}{{/a}}{{! note}}{{> p}}") == "");
  CHECK(error_of("{{=<% %>=}}<%#a%>{{/b}}<%/a%>") == "");  // {{/b}} is text under <% %>
}

TEST_CASE("each kind of syntax error points at the tag it is about") {
  CHECK(error_of("x\n  {{#open}}\n") == "2:3: section 'open' is never closed");
  CHECK(error_of("{{#a}}\n{{/a}}\n {{b\n") ==
        "3:2: tag is never closed (no '}}' follows its '{{')");
  CHECK(error_of("{{{raw}}") == "1:1: tag is never closed (no '}}}' follows its '{{')");
  CHECK(error_of("a\n{{=<% %>}}") ==
        "2:1: set-delimiter tag '=<% %>' is invalid: it takes two delimiters without spaces or "
        "'=', as in {{=<% %>=}}");
  CHECK(error_of("{{#a}}{{/a}}\n\t{{/a}}") == "2:2: closes section 'a', which is not open");
  CHECK(error_of("{{#a}}\n{{^b}}\n{{/a}}") ==
        "3:1: closes section 'a', but the open section is 'b' (opened at line 2, column 1)");
}

TEST_CASE("syntax errors after a set-delimiter tag are found with the new delimiters") {
  CHECK(error_of("{{=<% %>=}}\n<%#items%>\n") == "2:1: section 'items' is never closed");
  CHECK(error_of("{{=<% %>=}}\n  <%name\n") ==
        "2:3: tag is never closed (no '%>' follows its '<%')");
  CHECK(error_of("{{=<% %>=}}<%={{ }}=%>\n{{/x}}") == "2:1: closes section 'x', which is not open");
}

TEST_CASE("a name is found where the template, or a partial it reaches, first uses it") {
  const render::Template tmpl{"a\n  {{#items}}{{nmae}}{{/items}}\n{{> row}}", "cpp/t.mustache", ""};
  const std::map<std::string, render::Template> partials{
      {"cpp/row", {"\n {{> cell}}", "cpp/_row.mustache", ""}},
      {"cell", {"{{#x}}{{gone}}{{/x}}", "_cell.mustache", ""}},
  };
  CHECK(render::tag_position(tmpl, "cpp", partials, "nmae", false) ==
        diag::Position{"cpp/t.mustache", 2, 13});
  CHECK(render::tag_position(tmpl, "cpp", partials, "gone", false) ==
        diag::Position{"_cell.mustache", 1, 7});
  CHECK(render::tag_position(tmpl, "cpp", partials, "cell", true) ==
        diag::Position{"cpp/_row.mustache", 2, 2});
  CHECK_FALSE(render::tag_position(tmpl, "cpp", partials, "items", true));
  CHECK_FALSE(render::tag_position(tmpl, "cpp", partials, "elsewhere", false));
}

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "diag/codes.hpp"

TEST_CASE("docs/diagnostics.md documents every diagnostic code") {
  std::ifstream in(std::string(SCOPEGEN_SOURCE_DIR) + "/docs/diagnostics.md");
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  const std::string doc = s.str();
  for (const auto& code : scopegen::diag::all_codes()) {
    INFO(code.id);
    CHECK(doc.find("## " + std::string(code.id)) != std::string::npos);
  }
}

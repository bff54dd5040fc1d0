#include <doctest/doctest.h>

#include <sstream>

#include "cli/options.hpp"

using namespace scopegen::cli;

namespace {
Parsed parse(std::vector<const char*> argv, std::string* err_text = nullptr) {
  std::ostringstream out;
  std::ostringstream err;
  Parsed p = parse_arguments(static_cast<int>(argv.size()), argv.data(), out, err);
  if (err_text) *err_text = err.str() + out.str();
  return p;
}
}  // namespace

TEST_CASE("generate and check take the same options") {
  const Parsed p = parse({"scopegen", "check", "--out", "gen", "--depfile", "d", "data", "more.yaml"});
  REQUIRE(p.options);
  CHECK(p.options->command == Command::check);
  CHECK(p.options->out == "gen");
  CHECK(p.options->depfile == "d");
  CHECK(p.options->inputs == std::vector<std::string>{"data", "more.yaml"});
}

TEST_CASE("usage errors exit 2; help and version exit 0") {
  std::string text;
  CHECK(parse({"scopegen", "generate", "data"}, &text).exit_code == kUsage);
  CHECK(text.find("--out") != std::string::npos);
  CHECK(parse({"scopegen"}).exit_code == kUsage);
  CHECK(parse({"scopegen", "--version"}, &text).exit_code == kOk);
  CHECK(text.find("scopegen 0.") != std::string::npos);
  CHECK(parse({"scopegen", "generate", "--help"}).exit_code == kOk);
}

TEST_CASE("--templates takes one directory per flag, so inputs can follow it") {
  const Parsed p = parse({"scopegen", "generate", "--out", "o", "--templates", ".", "--templates", ".", "in.yaml"});
  REQUIRE(p.options);
  CHECK(p.options->template_dirs.size() == 2);
  CHECK(p.options->inputs == std::vector<std::string>{"in.yaml"});
}

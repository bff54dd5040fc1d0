#include <doctest/doctest.h>

#include <new>
#include <set>
#include <sstream>
#include <stdexcept>

#include "cli/commands/commands.hpp"
#include "cli/guard.hpp"
#include "cli/options.hpp"
#include "cli/validate.hpp"

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
  const Parsed p =
      parse({"scopegen", "check", "--out", "gen", "--depfile", "d", "data", "more.yaml"});
  REQUIRE(p.options);
  CHECK(p.options->command == Command::check);
  CHECK(p.options->out == "gen");
  CHECK(p.options->depfile == "d");
  CHECK(p.options->inputs == std::vector<std::string>{"data", "more.yaml"});
}

TEST_CASE("every command has one row, under the name the parser knows it by") {
  std::set<std::string_view> names;
  for (const commands::Row& row : commands::table()) {
    CAPTURE(row.name);
    CHECK(commands::find(row.command) == &row);
    CHECK(names.insert(row.name).second);
    const std::string name(row.name);
    CHECK(parse({"scopegen", name.c_str(), "--help"}).exit_code == kOk);
  }
  CHECK_FALSE(names.empty());
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

TEST_CASE("--help ends with examples and the exit codes") {
  std::string text;
  REQUIRE(parse({"scopegen", "--help"}, &text).exit_code == kOk);
  CHECK(text.find("Examples:\n  scopegen generate --out generated data") != std::string::npos);
  for (const char* line : {"0  ok", "1  invalid input", "2  usage", "3  drift"}) {
    CAPTURE(line);
    CHECK(text.find(std::string("\n  ") + line) != std::string::npos);
  }
}

TEST_CASE("an unknown command is a usage error with a did-you-mean (E010)") {
  std::string text;
  // ('lnit' is as close to 'init' as to 'lint' now.)
  CHECK(parse({"scopegen", "lnt", "data"}, &text).exit_code == kUsage);
  CHECK(text.rfind("error: unknown command 'lnt' (did you mean 'lint'?) [E010]\n", 0) == 0);
  CHECK(text.find("The commands are: generate check manifest migrate lint import explain scan "
                  "init.") != std::string::npos);
  // An input given without a command: no suggestion, the list of commands.
  CHECK(parse({"scopegen", "data"}, &text).exit_code == kUsage);
  CHECK(text.rfind("error: unknown command 'data' [E010]\n", 0) == 0);
  // Options and real commands go on to CLI11.
  CHECK(parse({"scopegen", "--version"}).exit_code == kOk);
  CHECK(parse({"scopegen", "lint", "data"}).options.has_value());
}

TEST_CASE("--templates takes one directory per flag, so inputs can follow it") {
  const Parsed p = parse(
      {"scopegen", "generate", "--out", "o", "--templates", ".", "--templates", ".", "in.yaml"});
  REQUIRE(p.options);
  CHECK(p.options->template_dirs.size() == 2);
  CHECK(p.options->inputs == std::vector<std::string>{"in.yaml"});
}

TEST_CASE("an exception no stage expected is an internal error, exit 1, not an abort") {
  std::ostringstream err;
  CHECK(guarded(err, []() -> int { throw std::runtime_error("bad \xFF byte"); }) == kInvalidInput);
  CHECK(err.str() == "scopegen: internal error: bad \\xFF byte\n");
  err.str("");
  CHECK(guarded(err, []() -> int { throw std::bad_alloc(); }) == kInvalidInput);
  CHECK(err.str() == "scopegen: internal error: out of memory (std::bad_alloc)\n");
  err.str("");
  CHECK(guarded(err, [] { return kDrift; }) == kDrift);
  CHECK(err.str().empty());
}

TEST_CASE("usage checks of single values: --out, --today") {
  CHECK(output_directory_problem("") == "an empty path names no directory");
  CHECK(output_directory_problem(SCOPEGEN_SOURCE_DIR "/README.md").find("is not a directory") !=
        std::string::npos);
  CHECK(output_directory_problem(SCOPEGEN_SOURCE_DIR).empty());
  CHECK(output_directory_problem("not/yet/there").empty());
  CHECK(date_problem("2026-03-02").empty());
  CHECK_FALSE(date_problem("2026-03").empty());
  CHECK_FALSE(date_problem("2026-02-30").empty());
  CHECK_FALSE(date_problem("").empty());
}

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support.hpp"
#include "write/atomic_file.hpp"
#include "write/diff.hpp"
#include "write/writer.hpp"

using namespace scopegen;
namespace fs = std::filesystem;

namespace {
struct TempDir {
  fs::path path;
  TempDir() : path(fs::temp_directory_path() / ("scopegen-write-" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};
std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("outputs are written once; unchanged files are left alone") {
  TempDir t;
  diag::Diagnostics d;
  const render::OutputSet first{{"a/x.txt", "one\n"}, {"b.txt", "two\n"}};
  const auto r1 = write::write_outputs(first, t.path.string(), d);
  REQUIRE(r1);
  CHECK(r1->written.size() == 2);
  CHECK(read(t.path / "a/x.txt") == "one\n");
  const auto before = fs::last_write_time(t.path / "b.txt");
  const render::OutputSet second{{"a/x.txt", "changed\n"}, {"b.txt", "two\n"}};
  const auto r2 = write::write_outputs(second, t.path.string(), d);
  REQUIRE(r2);
  CHECK(r2->written == std::vector<std::string>{"a/x.txt"});
  CHECK(r2->unchanged == std::vector<std::string>{"b.txt"});
  CHECK(fs::last_write_time(t.path / "b.txt") == before);
  // No temporary file is left behind.
  for (const auto& entry : fs::recursive_directory_iterator(t.path)) {
    CHECK(entry.path().extension() != ".scopegen-tmp");
  }
}

namespace {
// A pid that no process has: fork a child, let it exit, reap it.
long dead_pid() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return static_cast<long>(child);
}
}  // namespace

TEST_CASE("temporaries of killed runs are removed; a live run's are not") {
  TempDir t;
  diag::Diagnostics d;
  const fs::path target = t.path / "x.txt";
  const fs::path stale = write::temporary_for(target, dead_pid());
  const fs::path live = write::temporary_for(target, static_cast<long>(::getppid()));
  const fs::path foreign = t.path / ".x.txt.notapid.scopegen-tmp";
  for (const fs::path& p : {stale, live, foreign}) std::ofstream(p) << "half";
  // Even when the output itself is unchanged, so the debris of a kill never outlives the next run.
  std::ofstream(target) << "same";
  const auto r = write::write_outputs({{"x.txt", "same"}}, t.path.string(), d);
  REQUIRE(r);
  CHECK(r->unchanged.size() == 1);
  CHECK_FALSE(fs::exists(stale));
  CHECK(fs::exists(live));
  CHECK(fs::exists(foreign));
}

TEST_CASE("a link planted at the temporary's name is never written through") {
  TempDir t;
  diag::Diagnostics d;
  const fs::path target = t.path / "x.txt";
  const fs::path victim = t.path / "victim.txt";
  std::ofstream(victim) << "precious";
  fs::create_symlink(victim, write::temporary_for(target, static_cast<long>(::getpid())));
  REQUIRE(write::write_outputs({{"x.txt", "new"}}, t.path.string(), d));
  CHECK(read(victim) == "precious");
  CHECK(read(target) == "new");
  CHECK_FALSE(fs::is_symlink(target));
}

TEST_CASE("a temporary that cannot be created writes nothing and says why") {
  TempDir t;
  diag::Diagnostics d;
  const fs::path target = t.path / "x.txt";
  // A non-empty directory holds our temporary's name: it can neither be removed nor opened.
  fs::create_directories(write::temporary_for(target, static_cast<long>(::getpid())) / "inside");
  CHECK_FALSE(write::write_outputs({{"x.txt", "new"}}, t.path.string(), d));
  CHECK_FALSE(fs::exists(target));
  CHECK(test::text(d).find("cannot write") != std::string::npos);
}

TEST_CASE("a failed replace names the system's reason") {
  TempDir t;
  diag::Diagnostics d;
  fs::create_directories(t.path / "x.txt" / "occupied");  // rename over a non-empty directory fails
  CHECK_FALSE(write::write_outputs({{"x.txt", "new"}}, t.path.string(), d));
  const std::string message = test::text(d);
  CHECK(message.find("E602") != std::string::npos);
  CHECK(message.find("cannot replace: ") != std::string::npos);
  CHECK(message.find("Success") == std::string::npos);
  for (const auto& entry : fs::directory_iterator(t.path)) {
    CHECK(entry.path().extension() != ".scopegen-tmp");
  }
}

TEST_CASE("a path escaping the output directory writes nothing at all") {
  TempDir t;
  diag::Diagnostics d;
  const render::OutputSet outputs{{"fine.txt", "x"}, {"../escape.txt", "y"}, {"/abs.txt", "z"}, {"a/../../up", "w"}};
  CHECK_FALSE(write::write_outputs(outputs, t.path.string(), d));
  CHECK(d.error_count() == 3);
  CHECK_FALSE(fs::exists(t.path / "fine.txt"));
  diag::Diagnostics ok;
  CHECK(write::paths_are_contained({{"a/./b/../c.txt", ""}}, ok));
}

TEST_CASE("drift is a unified diff per differing file") {
  TempDir t;
  diag::Diagnostics d;
  REQUIRE(write::write_outputs({{"f.txt", "a\nb\nc\n"}}, t.path.string(), d));
  CHECK(write::drift({{"f.txt", "a\nb\nc\n"}}, t.path.string()).empty());
  const std::string diff = write::drift({{"f.txt", "a\nB\nc\n"}, {"new.txt", "n\n"}}, t.path.string());
  CHECK(diff.find("@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n") != std::string::npos);
  CHECK(diff.find("new.txt (missing)") != std::string::npos);
}

TEST_CASE("unified diff hunks keep three lines of context") {
  std::string a;
  std::string b;
  for (int i = 1; i <= 20; ++i) {
    a += std::to_string(i) + "\n";
    b += (i == 10 ? std::string("ten") : std::to_string(i)) + "\n";
  }
  CHECK(write::unified_diff(a, b, "x", "y") == "--- x\n+++ y\n@@ -7,7 +7,7 @@\n 7\n 8\n 9\n-10\n+ten\n 11\n 12\n 13\n");
  CHECK(write::unified_diff(a, a, "x", "y").empty());
}

TEST_CASE("a depfile named without a directory lands in the working directory") {
  TempDir t;
  diag::Diagnostics d;
  const fs::path previous = fs::current_path();
  fs::current_path(t.path);
  const bool ok = write::write_depfile("out.d", "stamp", {"/a.yaml"}, d);
  fs::current_path(previous);
  CHECK(ok);
  CHECK(read(t.path / "out.d") == "stamp: \\\n  /a.yaml\n");
}

TEST_CASE("the depfile escapes spaces and dollars") {
  TempDir t;
  diag::Diagnostics d;
  const auto dep = (t.path / "out.d").string();
  REQUIRE(write::write_depfile(dep, "/o/stamp", {"/a b/x.yaml", "/c$/y.yaml"}, d));
  CHECK(read(dep) == "/o/stamp: \\\n  /a\\ b/x.yaml \\\n  /c$$/y.yaml\n");
}

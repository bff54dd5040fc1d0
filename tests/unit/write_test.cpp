#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "support.hpp"
#include "write/diff.hpp"
#include "write/output_list.hpp"
#include "write/temporary.hpp"
#include "write/transaction.hpp"
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
  const output::OutputSet first{{"a/x.txt", "one\n"}, {"b.txt", "two\n"}};
  const auto r1 = write::write_outputs(first, t.path.string(), {}, d);
  REQUIRE(r1);
  CHECK(r1->written.size() == 2);
  CHECK(read(t.path / "a/x.txt") == "one\n");
  const auto before = fs::last_write_time(t.path / "b.txt");
  const output::OutputSet second{{"a/x.txt", "changed\n"}, {"b.txt", "two\n"}};
  const auto r2 = write::write_outputs(second, t.path.string(), {}, d);
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

TEST_CASE("only scratch files nobody holds are removed, whatever PID their name says") {
  TempDir t;
  diag::Diagnostics d;
  const fs::path target = t.path / "x.txt";
  // Abandoned: its writer died, so nothing holds its lock.
  const fs::path abandoned = write::scratch_name(target);
  std::ofstream(abandoned) << "half";
  // Held by a live writer whose PID means nothing here (another PID namespace): a child holds
  // the lock, under a name that carries a PID no process here has.
  const fs::path held =
      t.path / (".x.txt." + std::to_string(dead_pid()) + "-00000000deadbeef.scopegen-tmp");
  std::ofstream(held) << "in progress";
  int ready[2];
  int done[2];
  REQUIRE(::pipe(ready) == 0);
  REQUIRE(::pipe(done) == 0);
  const pid_t holder = ::fork();
  if (holder == 0) {
    const int fd = ::open(held.c_str(), O_RDONLY);
    ::flock(fd, LOCK_EX);
    char c = 'r';
    (void)!::write(ready[1], &c, 1);
    (void)!::read(done[0], &c, 1);
    ::_exit(0);
  }
  char c = 0;
  REQUIRE(::read(ready[0], &c, 1) == 1);
  // Names of older versions (`.<name>.<pid>.scopegen-tmp`, no lock): their process decides.
  const fs::path legacy_live = t.path / (".x.txt." + std::to_string(::getppid()) + ".scopegen-tmp");
  const fs::path legacy_dead = t.path / (".x.txt." + std::to_string(dead_pid()) + ".scopegen-tmp");
  const fs::path foreign = t.path / ".x.txt.notapid.scopegen-tmp.keep";
  for (const fs::path& p : {legacy_live, legacy_dead, foreign}) std::ofstream(p) << "half";
  // Even when the output itself is unchanged, so the debris of a kill never outlives the next run.
  std::ofstream(target) << "same";
  std::ofstream(t.path / write::kOutputList) << "x.txt\n";
  const auto r = write::write_outputs({{"x.txt", "same"}}, t.path.string(),
                                      {"", "", (t.path / "stamp").string()}, d);
  REQUIRE(r);
  CHECK(r->unchanged.size() == 1);
  CHECK_FALSE(fs::exists(abandoned));
  CHECK(fs::exists(held));
  CHECK(fs::exists(legacy_live));
  CHECK_FALSE(fs::exists(legacy_dead));
  CHECK(fs::exists(foreign));
  (void)!::write(done[1], &c, 1);
  int status = 0;
  ::waitpid(holder, &status, 0);
  write::remove_abandoned_scratch(t.path);  // its holder gone, it is abandoned too
  CHECK_FALSE(fs::exists(held));
  for (int fd : {ready[0], ready[1], done[0], done[1]}) ::close(fd);
}

TEST_CASE("a scratch name is unique beyond the process ID") {
  const fs::path a = write::scratch_name("/o/x.txt");
  const fs::path b = write::scratch_name("/o/x.txt");
  CHECK(a != b);
  CHECK(a.filename().string().rfind(".x.txt." + std::to_string(::getpid()) + "-", 0) == 0);
  CHECK(a.extension() == ".scopegen-tmp");
}

TEST_CASE("a temporary that cannot be written changes nothing and says why") {
  TempDir t;
  diag::Diagnostics d;
  std::ofstream(t.path / "x.txt") << "old";
  ::setenv("SCOPEGEN_FAULT", "fail-write:2", 1);
  const auto r =
      write::write_outputs({{"a/n.txt", "new"}, {"x.txt", "new"}}, t.path.string(), {}, d);
  ::unsetenv("SCOPEGEN_FAULT");
  CHECK_FALSE(r);
  CHECK_FALSE(fs::exists(t.path / "a"));  // the directory the run made is gone too
  CHECK(read(t.path / "x.txt") == "old");
  CHECK(test::text(d).find("cannot write a temporary file beside it: Input/output error") !=
        std::string::npos);
}

namespace {
// Every file under `root` with its bytes, and every directory.
std::map<std::string, std::string> snapshot(const fs::path& root) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    const std::string name = fs::relative(e.path(), root).generic_string();
    out[name] = e.is_directory() ? "<dir>" : read(e.path());
  }
  return out;
}
}  // namespace

TEST_CASE("a failed rename restores every file replaced or removed before it") {
  TempDir t;
  diag::Diagnostics d;
  const std::string out = (t.path / "out").string();
  REQUIRE(write::write_outputs({{"a.txt", "a1"}, {"b.txt", "b1"}, {"gone.txt", "g1"}}, out,
                               {(t.path / "dep.d").string(), "dep1\n", (t.path / "stamp").string()},
                               d));
  const auto stamp_time = fs::last_write_time(t.path / "stamp");
  const auto before = snapshot(t.path);
  // a.txt, b.txt and the new c/ change, gone.txt goes, the list and the depfile change, the
  // stamp is touched: 7 steps. Failing each one in turn undoes all those before it.
  for (int nth = 1; nth <= 7; ++nth) {
    INFO("rename ", nth);
    diag::Diagnostics failing;
    const std::string spec = "fail-rename:" + std::to_string(nth);
    ::setenv("SCOPEGEN_FAULT", spec.c_str(), 1);
    const auto r = write::write_outputs(
        {{"a.txt", "a2"}, {"b.txt", "b2"}, {"c/new.txt", "c2"}}, out,
        {(t.path / "dep.d").string(), "dep2\n", (t.path / "stamp").string()}, failing);
    ::unsetenv("SCOPEGEN_FAULT");
    CHECK_FALSE(r);
    CHECK(test::text(failing).find("Input/output error [E602]") != std::string::npos);
    CHECK(snapshot(t.path) == before);
    CHECK(fs::last_write_time(t.path / "stamp") == stamp_time);
  }
  // Without the fault, all of it.
  REQUIRE(write::write_outputs({{"a.txt", "a2"}, {"b.txt", "b2"}, {"c/new.txt", "c2"}}, out,
                               {(t.path / "dep.d").string(), "dep2\n", (t.path / "stamp").string()},
                               d));
  CHECK(read(t.path / "out/c/new.txt") == "c2");
  CHECK_FALSE(fs::exists(t.path / "out/gone.txt"));
  CHECK(read(t.path / "dep.d") == "dep2\n");
  CHECK(read(t.path / "out" / write::kOutputList) == "a.txt\nb.txt\nc/new.txt\n");
  for (const auto& entry : fs::recursive_directory_iterator(t.path)) {
    CHECK(entry.path().extension() != ".scopegen-tmp");
  }
}

TEST_CASE("a file where a directory must go fails before anything changes") {
  TempDir t;
  diag::Diagnostics d;
  std::ofstream(t.path / "a.txt") << "old";
  std::ofstream(t.path / "ts") << "in the way";
  const auto r = write::write_outputs({{"a.txt", "new"}, {"ts/x.ts", "1"}, {"ts/y.ts", "2"}},
                                      t.path.string(), {"", "", (t.path / "stamp").string()}, d);
  CHECK_FALSE(r);
  CHECK(read(t.path / "a.txt") == "old");
  CHECK_FALSE(fs::exists(t.path / "stamp"));
  CHECK_FALSE(fs::exists(t.path / write::kOutputList));
  CHECK(d.error_count() == 1);  // once for the directory, not once per file under it
  CHECK(test::text(d).find("ts is not a directory") != std::string::npos);
}

TEST_CASE("outputs no longer produced are removed; files the list never named stay") {
  TempDir t;
  diag::Diagnostics d;
  REQUIRE(write::write_outputs({{"a.txt", "a"}, {"old.txt", "o"}}, t.path.string(), {}, d));
  std::ofstream(t.path / "mine.txt") << "the user's";
  const auto r = write::write_outputs({{"a.txt", "a"}}, t.path.string(), {}, d);
  REQUIRE(r);
  CHECK(r->removed == std::vector<std::string>{"old.txt"});
  CHECK_FALSE(fs::exists(t.path / "old.txt"));
  CHECK(fs::exists(t.path / "mine.txt"));
  CHECK(read(t.path / write::kOutputList) == "a.txt\n");
}

TEST_CASE("a --targets run keeps, and keeps listing, the other targets' files") {
  TempDir t;
  diag::Diagnostics d;
  const std::string out = t.path.string();
  REQUIRE(write::write_outputs({{"cpp/a.hpp", "1"}, {"cpp/old.hpp", "o"}, {"ts/b.ts", "1"}}, out,
                               {}, d));
  const output::OutputScope cpp_only{{"cpp"}, {}};
  const auto r = write::write_outputs({{"cpp/a.hpp", "2"}}, out, {}, d, cpp_only);
  REQUIRE(r);
  CHECK(r->removed == std::vector<std::string>{"cpp/old.hpp"});  // within the scope: stale
  CHECK(read(t.path / "ts/b.ts") == "1");
  CHECK(read(t.path / write::kOutputList) == "cpp/a.hpp\nts/b.ts\n");
  CHECK(write::drift({{"cpp/a.hpp", "2"}}, out, d, cpp_only).empty());
  // Without the scope the ts file is stale: check reports it, generate removes it.
  CHECK(write::drift({{"cpp/a.hpp", "2"}}, out, d).find("ts/b.ts (stale)") != std::string::npos);
  const auto all = write::write_outputs({{"cpp/a.hpp", "2"}}, out, {}, d);
  REQUIRE(all);
  CHECK(all->removed == std::vector<std::string>{"ts/b.ts"});
}

TEST_CASE("a list entry outside the output directory is never removed") {
  TempDir t;
  diag::Diagnostics d;
  fs::create_directories(t.path / "out");
  std::ofstream(t.path / "precious.txt") << "keep";
  std::ofstream(t.path / "out" / write::kOutputList)
      << "../precious.txt\n" + t.path.string() + "/precious.txt\n";
  REQUIRE(write::write_outputs({{"a.txt", "a"}}, (t.path / "out").string(), {}, d));
  CHECK(read(t.path / "precious.txt") == "keep");
  CHECK(d.sorted().size() == 2);
  INFO(test::text(d));
  CHECK(test::text(d).find(".scopegen-outputs:1: warning: lists '../precious.txt'") !=
        std::string::npos);
}

TEST_CASE("a stale output is drift") {
  TempDir t;
  diag::Diagnostics d;
  REQUIRE(write::write_outputs({{"a.txt", "a"}, {"old.txt", "o"}}, t.path.string(), {}, d));
  const std::string diff = write::drift({{"a.txt", "a"}}, t.path.string(), d);
  CHECK(diff.find("old.txt (stale)") != std::string::npos);
}

TEST_CASE("a replaced file keeps its mode; a linked one is written through its link") {
  TempDir t;
  diag::Diagnostics d;
  std::ofstream(t.path / "real.json") << "{}";
  fs::permissions(t.path / "real.json", fs::perms(0600));
  fs::create_symlink("real.json", t.path / "link.json");
  REQUIRE(write::replace_file(t.path / "link.json", "{\"a\": 1}", d));
  CHECK(fs::is_symlink(t.path / "link.json"));
  CHECK(read(t.path / "real.json") == "{\"a\": 1}");
  CHECK((fs::status(t.path / "real.json").permissions() & fs::perms::all) == fs::perms(0600));
}

TEST_CASE("a failed replace names the system's reason") {
  TempDir t;
  diag::Diagnostics d;
  fs::create_directories(t.path / "x.txt" / "occupied");  // rename over a non-empty directory fails
  CHECK_FALSE(write::write_outputs({{"x.txt", "new"}}, t.path.string(), {}, d));
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
  const output::OutputSet outputs{
      {"fine.txt", "x"}, {"../escape.txt", "y"}, {"/abs.txt", "z"}, {"a/../../up", "w"}};
  CHECK_FALSE(write::write_outputs(outputs, t.path.string(), {}, d));
  CHECK(d.error_count() == 3);
  CHECK_FALSE(fs::exists(t.path / "fine.txt"));
  diag::Diagnostics ok;
  CHECK(write::paths_are_contained({{"a/./b/../c.txt", ""}}, ok));
}

TEST_CASE("drift is a unified diff per differing file") {
  TempDir t;
  diag::Diagnostics d;
  REQUIRE(write::write_outputs({{"f.txt", "a\nb\nc\n"}}, t.path.string(), {}, d));
  CHECK(write::drift({{"f.txt", "a\nb\nc\n"}}, t.path.string(), d).empty());
  const std::string diff =
      write::drift({{"f.txt", "a\nB\nc\n"}, {"new.txt", "n\n"}}, t.path.string(), d);
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
  CHECK(write::unified_diff(a, b, "x", "y") ==
        "--- x\n+++ y\n@@ -7,7 +7,7 @@\n 7\n 8\n 9\n-10\n+ten\n 11\n 12\n 13\n");
  CHECK(write::unified_diff(a, a, "x", "y").empty());
}

TEST_CASE("a depfile named without a directory lands in the working directory") {
  TempDir t;
  diag::Diagnostics d;
  const fs::path previous = fs::current_path();
  fs::current_path(t.path);
  const auto ok =
      write::write_outputs({}, "out", {"out.d", write::depfile_text("stamp", {"/a.yaml"}), ""}, d);
  fs::current_path(previous);
  INFO(test::text(d));
  CHECK(ok);
  CHECK(read(t.path / "out.d") == "stamp: \\\n  /a.yaml\n");
}

TEST_CASE("the depfile escapes spaces and dollars") {
  TempDir t;
  diag::Diagnostics d;
  CHECK(write::depfile_text("/o/stamp", {"/a b/x.yaml", "/c$/y.yaml"}) ==
        "/o/stamp: \\\n  /a\\ b/x.yaml \\\n  /c$$/y.yaml\n");
}

TEST_CASE("a file that cannot be restored is named, with where its previous bytes are") {
  TempDir t;
  diag::Diagnostics d;
  REQUIRE(write::write_outputs({{"a.txt", "a1"}, {"b.txt", "b1"}}, t.path.string(), {}, d));
  ::setenv("SCOPEGEN_FAULT", "fail-rename:2,fail-restore:1", 1);
  diag::Diagnostics failing;
  CHECK_FALSE(
      write::write_outputs({{"a.txt", "a2"}, {"b.txt", "b2"}}, t.path.string(), {}, failing));
  ::unsetenv("SCOPEGEN_FAULT");
  const std::string text = test::text(failing);
  INFO(text);
  CHECK(text.find("a.txt: error: the run failed and this file could not be restored: "
                  "Input/output error; the previous file is ") != std::string::npos);
  CHECK(text.find("[E604]") != std::string::npos);
  // The backup it names holds the old bytes.
  const auto at = text.find("the previous file is ") + std::string("the previous file is ").size();
  const std::string backup = text.substr(at, text.find(" [E604]") - at);
  CHECK(backup == (t.path / "a.txt.scopegen-previous").string());
  CHECK(read(backup) == "a1");
}

TEST_CASE("without hard links the previous file is moved aside, and moved back on failure") {
  TempDir t;
  diag::Diagnostics d;
  REQUIRE(write::write_outputs({{"a.txt", "a1"}, {"b.txt", "b1"}}, t.path.string(), {}, d));
  const auto before = snapshot(t.path);
  ::setenv("SCOPEGEN_FAULT", "fail-link:1,fail-rename:2", 1);
  diag::Diagnostics failing;
  CHECK_FALSE(
      write::write_outputs({{"a.txt", "a2"}, {"b.txt", "b2"}}, t.path.string(), {}, failing));
  CHECK(snapshot(t.path) == before);
  ::setenv("SCOPEGEN_FAULT", "fail-link:1", 1);
  CHECK(write::write_outputs({{"a.txt", "a2"}, {"b.txt", "b2"}}, t.path.string(), {}, d));
  ::unsetenv("SCOPEGEN_FAULT");
  CHECK(read(t.path / "a.txt") == "a2");
  for (const auto& entry : fs::directory_iterator(t.path)) {
    CHECK(entry.path().extension() != ".scopegen-tmp");
  }
}

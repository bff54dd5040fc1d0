// The golden runner. Each folder under tests/cases/ is one behaviour:
//   input/          the tables (and anything else the arguments name)
//   args.txt        optional: the arguments after `scopegen`, default `generate --out $OUT input`
//                   (split on whitespace; `""` is an empty argument); `&&` between commands runs
//                   them in order while each succeeds (`init ... && lint ...`)
//   out_before/     optional: what the output directory holds before the run
//   expected/       the output directory after the run (absent: nothing there)
//   stderr.txt      optional: expected diagnostics (absent: none)
//   stdout.txt      optional: expected standard output (absent: none)
//   exit.txt        optional: expected exit code (absent: 0)
// The runner works in the case folder, so messages read `input/app.yaml:3:5`. It always uses
// the repository's templates/ and reads no shipped catalogue unless args.txt says --catalogues.
// SCOPEGEN_UPDATE_GOLDENS=1 rewrites the expectations from what the run produced.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "cli/options.hpp"
#include "cli/run.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kRepo = SCOPEGEN_SOURCE_DIR;
const fs::path kCases = kRepo / "tests" / "cases";
constexpr std::string_view kUpdateHint =
    "if the change is intended, refresh the goldens with:\n"
    "  SCOPEGEN_UPDATE_GOLDENS=1 ctest --test-dir build -R golden";

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write(const fs::path& p, const std::string& bytes) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
}

std::map<std::string, std::string> tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  if (!fs::is_directory(root)) return files;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (e.is_regular_file()) files[fs::relative(e.path(), root).generic_string()] = read(e.path());
  }
  return files;
}

// Split on whitespace; a double-quoted word may hold spaces (`--scopes "p=a b"` is two
// arguments), and `""` stands for an empty argument (`--out ""`).
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  bool quoted = false;
  bool started = false;
  for (char c : text) {
    if (c == '"') {
      quoted = !quoted;
      started = true;
    } else if (!quoted && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
      if (started) out.push_back(word);
      word.clear();
      started = false;
    } else {
      word += c;
      started = true;
    }
  }
  if (started) out.push_back(word);
  return out;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

struct Result {
  int exit_code = 0;
  std::string out;
  std::string err;
  std::map<std::string, std::string> files;
};

// One command of args.txt, run in the case folder; its output is added to `r`.
int run_command(std::vector<std::string> args, const fs::path& dir, const fs::path& out_dir,
                std::ostringstream& out, std::ostringstream& err) {
  bool catalogues = false;
  for (std::string& a : args) {
    a = replace_all(a, "$OUT", out_dir.generic_string());
    catalogues = catalogues || a == "--catalogues";
  }
  std::vector<std::string> argv{"scopegen", args.front()};
  if (args.front() == "generate" || args.front() == "check") {
    argv.insert(argv.end(), {"--builtin-templates", (kRepo / "templates").generic_string()});
  }
  if (!catalogues) argv.push_back("--no-shipped-catalogues");
  argv.insert(argv.end(), args.begin() + 1, args.end());
  std::vector<const char*> c_argv;
  for (const std::string& a : argv) c_argv.push_back(a.c_str());

  const fs::path previous = fs::current_path();
  fs::current_path(dir);
  const auto parsed =
      scopegen::cli::parse_arguments(static_cast<int>(c_argv.size()), c_argv.data(), out, err);
  const int code =
      parsed.options ? scopegen::cli::run(*parsed.options, out, err) : parsed.exit_code;
  fs::current_path(previous);
  return code;
}

// args.txt may hold several commands joined by `&&` (`init ... $OUT/app.yaml && lint ...`):
// they run in order while each succeeds, their outputs one after the other.
Result run_case(const fs::path& dir, const fs::path& out_dir) {
  const std::vector<std::string> all =
      fs::exists(dir / "args.txt") ? words(read(dir / "args.txt"))
                                   : std::vector<std::string>{"generate", "--out", "$OUT", "input"};
  Result r;
  std::ostringstream out;
  std::ostringstream err;
  for (auto from = all.begin(); from != all.end() && r.exit_code == 0;) {
    const auto to = std::find(from, all.end(), "&&");
    r.exit_code = run_command({from, to}, dir, out_dir, out, err);
    from = to == all.end() ? to : to + 1;
  }
  r.out = replace_all(out.str(), out_dir.generic_string(), "$OUT");
  // Built-in templates are named by their path: $REPO keeps the expectation portable.
  r.err = replace_all(replace_all(err.str(), out_dir.generic_string(), "$OUT"),
                      kRepo.generic_string(), "$REPO");
  r.files = tree(out_dir);
  return r;
}

}  // namespace

TEST_CASE("golden cases") {
  const bool update = std::getenv("SCOPEGEN_UPDATE_GOLDENS") != nullptr;
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(kCases)) {
    if (e.is_directory()) cases.push_back(e.path());
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE(!cases.empty());
  for (const fs::path& dir : cases) {
    const std::string name = dir.filename().string();
    INFO("case tests/cases/", name, "; ", kUpdateHint);
    const fs::path out_dir = fs::temp_directory_path() / ("scopegen-golden-" + name);
    fs::remove_all(out_dir);
    fs::create_directories(out_dir);
    if (fs::is_directory(dir / "out_before")) {
      fs::copy(dir / "out_before", out_dir, fs::copy_options::recursive);
    }
    const Result r = run_case(dir, out_dir);
    fs::remove_all(out_dir);

    if (update) {
      fs::remove_all(dir / "expected");
      for (const auto& [path, bytes] : r.files) write(dir / "expected" / path, bytes);
      const auto keep = [&](const char* file, const std::string& text, const std::string& absent) {
        if (text == absent) {
          fs::remove(dir / file);
        } else {
          write(dir / file, text);
        }
      };
      keep("stderr.txt", r.err, "");
      keep("stdout.txt", r.out, "");
      keep("exit.txt", std::to_string(r.exit_code) + "\n", "0\n");
      continue;
    }
    const int expected_exit = fs::exists(dir / "exit.txt") ? std::stoi(read(dir / "exit.txt")) : 0;
    CHECK(r.exit_code == expected_exit);
    CHECK(r.err == (fs::exists(dir / "stderr.txt") ? read(dir / "stderr.txt") : ""));
    CHECK(r.out == (fs::exists(dir / "stdout.txt") ? read(dir / "stdout.txt") : ""));
    const auto expected = tree(dir / "expected");
    std::vector<std::string> expected_names;
    std::vector<std::string> actual_names;
    for (const auto& [path, _] : expected) expected_names.push_back(path);
    for (const auto& [path, _] : r.files) actual_names.push_back(path);
    CHECK(actual_names == expected_names);
    for (const auto& file : expected) {
      // Not a structured binding: INFO captures it in a lambda, which clang 14 (the sanitizer
      // and fuzz builds' compiler) refuses for structured bindings.
      const std::string& path = file.first;
      INFO("output ", path);
      const auto it = r.files.find(path);
      if (it != r.files.end()) CHECK(it->second == file.second);
    }
  }
}

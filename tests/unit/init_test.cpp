#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "init/draft.hpp"
#include "write/new_file.hpp"

namespace fs = std::filesystem;

TEST_CASE("init derives an app id from a display name") {
  using scopegen::init::id_from_name;
  CHECK(id_from_name("LedgerBridge") == "ledgerbridge");
  CHECK(id_from_name("My App 2") == "my_app_2");
  CHECK(id_from_name("  --Ledger--Bridge--  ") == "ledger_bridge");
  CHECK(id_from_name("2go") == "app_2go");
  CHECK(id_from_name("Ünïcode") == "n_code");
  CHECK(id_from_name("!!!") == "app");
}

TEST_CASE("create_new_file writes a new file and never replaces one") {
  const fs::path dir = fs::temp_directory_path() / "scopegen-unit-new-file";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto read = [](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  };
  const auto& exists = scopegen::diag::code::kInitExists;
  scopegen::diag::Diagnostics diags;
  CHECK(scopegen::write::create_new_file(dir / "app.yaml", "first\n", exists, diags));
  CHECK_FALSE(diags.has_errors());
  CHECK(read(dir / "app.yaml") == "first\n");

  CHECK_FALSE(scopegen::write::create_new_file(dir / "app.yaml", "second\n", exists, diags));
  REQUIRE(diags.sorted().size() == 1);
  CHECK(diags.sorted().front().code.id == exists.id);
  CHECK(read(dir / "app.yaml") == "first\n");

  // A broken link is something there too; and no scratch file is left behind.
  fs::create_symlink(dir / "nowhere", dir / "link.yaml");
  CHECK_FALSE(scopegen::write::create_new_file(dir / "link.yaml", "x\n", exists, diags));
  CHECK_FALSE(fs::exists(dir / "nowhere"));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
  CHECK(files == 2);

  // A missing directory is E602, not E012.
  scopegen::diag::Diagnostics missing;
  CHECK_FALSE(scopegen::write::create_new_file(dir / "no" / "app.yaml", "x\n", exists, missing));
  CHECK(missing.sorted().front().code.id == scopegen::diag::code::kWrite.id);
  fs::remove_all(dir);
}

#include "cli/resources.hpp"

#include <filesystem>

#include "cli/version.hpp"

namespace scopegen::cli {

namespace fs = std::filesystem;

namespace {

fs::path executable_dir() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path{} : self.parent_path();
}

std::string find(const std::string& name) {
  const fs::path installed = executable_dir() / ".." / "share" / "scopegen" / name;
  std::error_code ec;
  if (fs::is_directory(installed, ec)) return fs::weakly_canonical(installed, ec).generic_string();
  return (fs::path(std::string(kSourceDir)) / name).generic_string();
}

}  // namespace

std::string builtin_templates_dir() { return find("templates"); }
std::string shipped_catalogues_dir() { return find("data"); }

}  // namespace scopegen::cli

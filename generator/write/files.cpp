#include "write/files.hpp"

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "write/diff.hpp"
#include "write/transaction.hpp"
#include "write/writer.hpp"

namespace scopegen::write {

namespace fs = std::filesystem;

bool write_files(const output::OutputSet& files, const std::string& out_dir,
                 diag::Diagnostics& diags) {
  if (!paths_are_contained(files, diags)) return false;
  Plan plan;
  for (const auto& [relative, bytes] : files) {
    const fs::path target = fs::path(out_dir) / relative;
    if (current_bytes(target.string()) != bytes) plan.replace.push_back({target, bytes});
  }
  if (plan.replace.empty()) return true;
  return commit(plan, diags);
}

std::string files_drift(const output::OutputSet& files, const std::string& out_dir) {
  std::string out;
  for (const auto& [relative, bytes] : files) {
    out += file_drift(out_dir, relative, bytes, "would be imported");
  }
  return out;
}

}  // namespace scopegen::write

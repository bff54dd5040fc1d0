#include "write/output_list.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace scopegen::write {

namespace fs = std::filesystem;

bool escapes(const std::string& relative) {
  if (relative.empty()) return true;
  const fs::path p(relative);
  if (p.is_absolute() || p.has_root_name() || p.has_root_directory()) return true;
  int depth = 0;
  for (const fs::path& part : p) {
    if (part == "..") {
      if (--depth < 0) return true;
    } else if (part != "." && !part.empty()) {
      ++depth;
    }
  }
  return depth == 0;
}

std::string output_list_text(const output::OutputSet& outputs,
                             const std::vector<std::string>& kept) {
  std::set<std::string> sorted(kept.begin(), kept.end());
  for (const auto& [relative, _] : outputs)
    sorted.insert(fs::path(relative).lexically_normal().generic_string());
  std::string text;
  for (const std::string& relative : sorted) text += relative + "\n";
  return text;
}

Listed listed_outputs(const output::OutputSet& outputs, const std::string& out_dir,
                      const output::OutputScope& scope, diag::Diagnostics& diags) {
  const fs::path list_path = fs::path(out_dir) / kOutputList;
  std::ifstream in(list_path, std::ios::binary);
  if (!in) return {};
  std::set<std::string> produced;
  for (const auto& [relative, _] : outputs)
    produced.insert(fs::path(relative).lexically_normal().generic_string());
  Listed out;
  std::set<std::string> seen;
  int line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (escapes(line)) {
      diags.warning(
          diag::code::kOutputList, {list_path.generic_string(), line_number, 0},
          "lists '" + line + "', which is outside the output directory; it is not removed");
      continue;
    }
    const std::string relative = fs::path(line).lexically_normal().generic_string();
    if (relative == kOutputList || produced.count(relative) != 0 || !seen.insert(relative).second)
      continue;
    struct stat st {};
    const fs::path path = fs::path(out_dir) / relative;
    if (::lstat(path.c_str(), &st) != 0 || S_ISDIR(st.st_mode)) continue;
    (scope.covers(relative) ? out.stale : out.kept).push_back(relative);
  }
  return out;
}

}  // namespace scopegen::write

#include "write/writer.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "write/atomic_file.hpp"
#include "write/diff.hpp"

namespace scopegen::write {

namespace fs = std::filesystem;

namespace {

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

bool escapes(const std::string& relative) {
  if (relative.empty()) return true;
  const fs::path p(relative);
  if (p.is_absolute() || p.has_root_name() || p.has_root_directory()) return true;
  int depth = 0;
  for (const fs::path& part : p) {
    if (part == "..") {
      if (--depth < 0) return true;
    } else if (part != ".") {
      ++depth;
    }
  }
  return depth == 0;
}

}  // namespace

bool paths_are_contained(const render::OutputSet& outputs, diag::Diagnostics& diags) {
  bool ok = true;
  for (const auto& [relative, _] : outputs) {
    if (escapes(relative)) {
      diags.error(diag::code::kOutputPath, {relative, 0, 0},
                  "output path '" + relative + "' escapes the output directory");
      ok = false;
    }
  }
  return ok;
}

std::optional<Report> write_outputs(const render::OutputSet& outputs, const std::string& out_dir,
                                    diag::Diagnostics& diags) {
  if (!paths_are_contained(outputs, diags)) return std::nullopt;
  Report report;
  for (const auto& [relative, bytes] : outputs) {
    const fs::path target = fs::path(out_dir) / relative;
    remove_stale_temporaries(target);
    if (read_file(target) == bytes) {
      report.unchanged.push_back(relative);
      continue;
    }
    if (!replace_file(target, bytes, diags)) return std::nullopt;
    report.written.push_back(relative);
  }
  return report;
}

std::string drift(const render::OutputSet& outputs, const std::string& out_dir) {
  std::string out;
  for (const auto& [relative, bytes] : outputs) {
    const fs::path target = fs::path(out_dir) / relative;
    const std::string shown = (fs::path(out_dir) / relative).generic_string();
    const auto current = read_file(target);
    if (!current) {
      out += "--- " + shown + " (missing)\n+++ " + shown + " (would be generated)\n";
      continue;
    }
    out += unified_diff(*current, bytes, shown + " (on disk)", shown + " (would be generated)");
  }
  return out;
}

namespace {
std::string escape_make(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == ' ' || c == '#') out += '\\';
    if (c == '$') out += '$';
    out += c;
  }
  return out;
}
}  // namespace

bool write_depfile(const std::string& path, const std::string& target,
                   const std::vector<std::string>& dependencies, diag::Diagnostics& diags) {
  std::string text = escape_make(target) + ":";
  for (const std::string& dep : dependencies) text += " \\\n  " + escape_make(dep);
  text += "\n";
  if (read_file(path) == text) return true;
  return replace_file(path, text, diags);
}

bool touch_stamp(const std::string& path, diag::Diagnostics& diags) {
  std::error_code ec;
  if (fs::exists(path, ec)) {
    fs::last_write_time(path, fs::file_time_type::clock::now(), ec);
    if (!ec) return true;
  }
  return replace_file(path, "", diags);
}

}  // namespace scopegen::write

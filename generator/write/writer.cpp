#include "write/writer.hpp"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "write/diff.hpp"
#include "write/output_list.hpp"
#include "write/temporary.hpp"
#include "write/transaction.hpp"

namespace scopegen::write {

namespace fs = std::filesystem;

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

bool paths_are_contained(const output::OutputSet& outputs, diag::Diagnostics& diags) {
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

std::optional<Report> write_outputs(const output::OutputSet& outputs, const std::string& out_dir,
                                    const BuildFiles& build_files, diag::Diagnostics& diags,
                                    const output::OutputScope& scope) {
  if (!paths_are_contained(outputs, diags)) return std::nullopt;
  Report report;
  Plan plan;
  const auto replace_if_changed = [&](const fs::path& target, const std::string& bytes) {
    if (current_bytes(target.string()) == bytes) return false;
    plan.replace.push_back({target, bytes});
    return true;
  };
  // A killed run's scratch files go with the next run, even when its outputs are unchanged.
  std::set<fs::path> directories;
  for (const auto& [relative, _] : outputs)
    directories.insert((fs::path(out_dir) / relative).parent_path());
  for (const fs::path& dir : directories) remove_abandoned_scratch(dir);
  for (const auto& [relative, bytes] : outputs) {
    (replace_if_changed(fs::path(out_dir) / relative, bytes) ? report.written : report.unchanged)
        .push_back(relative);
  }
  Listed listed = listed_outputs(outputs, out_dir, scope, diags);
  report.removed = std::move(listed.stale);
  for (const std::string& relative : report.removed)
    plan.remove.push_back(fs::path(out_dir) / relative);
  replace_if_changed(fs::path(out_dir) / kOutputList, output_list_text(outputs, listed.kept));
  if (!build_files.depfile.empty())
    replace_if_changed(build_files.depfile, build_files.depfile_text);
  if (!build_files.stamp.empty()) plan.touch.emplace_back(build_files.stamp);
  if (!commit(plan, diags)) return std::nullopt;
  return report;
}

std::string drift(const output::OutputSet& outputs, const std::string& out_dir,
                  diag::Diagnostics& diags, const output::OutputScope& scope) {
  const Listed listed = listed_outputs(outputs, out_dir, scope, diags);
  output::OutputSet expected = outputs;
  expected.emplace(std::string(kOutputList), output_list_text(outputs, listed.kept));
  std::string out;
  for (const auto& [relative, bytes] : expected) {
    out += file_drift(out_dir, relative, bytes, "would be generated");
  }
  for (const std::string& relative : listed.stale) {
    const std::string shown = (fs::path(out_dir) / relative).generic_string();
    out += "--- " + shown + " (stale)\n+++ " + shown +
           " (no longer generated; `scopegen generate` removes it)\n";
  }
  return out;
}

std::string depfile_text(const std::string& target, const std::vector<std::string>& dependencies) {
  std::string text = escape_make(target) + ":";
  for (const std::string& dep : dependencies) text += " \\\n  " + escape_make(dep);
  text += "\n";
  return text;
}

std::string file_drift(const std::string& out_dir, const std::string& relative,
                       const std::string& bytes, std::string_view would) {
  const std::string shown = (fs::path(out_dir) / relative).generic_string();
  const std::string wanted = shown + " (" + std::string(would) + ")";
  const auto current = current_bytes((fs::path(out_dir) / relative).string());
  if (!current) return "--- " + shown + " (missing)\n+++ " + wanted + "\n";
  return unified_diff(*current, bytes, shown + " (on disk)", wanted);
}

std::optional<std::string> current_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

}  // namespace scopegen::write

#include "cli/validate.hpp"

#include <filesystem>

#include "review/dates.hpp"
#include "write/output_list.hpp"

namespace scopegen::cli {

namespace fs = std::filesystem;

namespace {

std::string resolved(const fs::path& path) {
  std::error_code ec;
  const fs::path abs = fs::absolute(path, ec);
  if (ec) return path.generic_string();
  const fs::path canonical = fs::weakly_canonical(abs, ec);
  return (ec ? abs.lexically_normal() : canonical).generic_string();
}

bool same_file(const fs::path& a, const std::string& resolved_a, const fs::path& b) {
  if (resolved_a == resolved(b)) return true;
  std::error_code ec;
  return fs::equivalent(a, b, ec) && !ec;  // hard links; false when either does not exist
}

}  // namespace

std::string output_directory_problem(const std::string& path) {
  if (path.empty()) return "an empty path names no directory";
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (fs::exists(status) && !fs::is_directory(status))
    return "'" + path + "' exists and is not a directory";
  return {};
}

std::string date_problem(const std::string& date) {
  // parse_day also reads months (YYYY-MM, as tables write deadlines); a day is asked for here.
  if (date.size() == 10 && review::parse_day(date)) return {};
  return "'" + date + "' is not a date (YYYY-MM-DD)";
}

bool check_side_files(const Options& o, const std::set<std::string>& read,
                      const std::vector<std::string>& templates, const render::OutputSet& outputs,
                      diag::Diagnostics& diags) {
  const std::size_t errors = diags.error_count();
  const auto check = [&](const std::string& flag, const std::string& value) {
    if (value.empty()) return;
    const std::string self = resolved(value);
    const auto clash = [&](const std::string& what) {
      diags.error(diag::code::kOptionClash, {flag, 0, 0},
                  "'" + value + "' is " + what + "; writing it would overwrite it");
    };
    for (const std::string& file : read) {
      if (same_file(value, self, file)) return clash("an input this run reads");
    }
    for (const std::string& file : templates) {
      if (same_file(value, self, file)) return clash("a template this run reads");
    }
    if (same_file(value, self, o.out)) return clash("the output directory");
    for (const auto& [relative, _] : outputs) {
      if (same_file(value, self, fs::path(o.out) / relative)) {
        return clash("one of this run's outputs (" + relative + ")");
      }
    }
    // The writer's record of what it wrote changes in the same transaction as the outputs.
    if (same_file(value, self, fs::path(o.out) / write::kOutputList)) {
      return clash("the list of outputs the run keeps (" + std::string(write::kOutputList) + ")");
    }
  };
  check("--depfile", o.depfile);
  check("--stamp", o.stamp);
  if (!o.depfile.empty() && !o.stamp.empty() &&
      same_file(o.depfile, resolved(o.depfile), o.stamp)) {
    diags.error(diag::code::kOptionClash, {"--stamp", 0, 0},
                "'" + o.stamp +
                    "' is also the --depfile; the stamp is the depfile's target and needs a file "
                    "of its own");
  }
  return diags.error_count() == errors;
}

}  // namespace scopegen::cli

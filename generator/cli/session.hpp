#pragma once

#include <optional>
#include <ostream>
#include <set>
#include <string>

#include "cli/options.hpp"
#include "diag/diagnostics.hpp"
#include "model/model.hpp"

namespace scopegen::cli {

/// Prints the run's diagnostics once, where the command's user wants them: text on stderr, or
/// for `lint --format json` the JSON report on stdout (whatever stage they came from, so a tool
/// always gets JSON). Returns `code_on_error` when there are errors, else kOk.
class Reporter {
 public:
  Reporter(std::ostream& out, std::ostream& err, bool json) : out_(out), err_(err), json_(json) {}

  int operator()(const diag::Diagnostics& diags, int code_on_error = kInvalidInput) const;

 private:
  std::ostream& out_;
  std::ostream& err_;
  bool json_;
};

/// What a command that reads the tables works with: its options and streams, the diagnostics
/// of the run and where they go, and the model once load() built it.
struct Session {
  Session(const Options& options, std::ostream& out, std::ostream& err, bool json_report = false)
      : o(options), out(out), err(err), report(out, err, json_report) {}

  /// Loads the inputs and the shipped catalogues they name, decodes, builds the model and
  /// checks its names. False when that failed (the reasons are in `diags`).
  [[nodiscard]] bool load();

  const Options& o;
  std::ostream& out;
  std::ostream& err;
  const Reporter report;
  diag::Diagnostics diags;
  std::optional<model::Model> model;
  std::set<std::string> files;  // every table file and input directory read, absolute
};

/// `path`, absolute and with links resolved as far as it exists: "out" -> "/work/out".
[[nodiscard]] std::string absolute(const std::string& path);

}  // namespace scopegen::cli

#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.hpp"
#include "model/model.hpp"
#include "scan/reconcile.hpp"

/// The scan's report, in each format `scopegen scan` prints: text (compiler style, one line
/// per call so editors jump to it), JSON, SARIF 2.1.0, and the YAML to add to the profile.
namespace scopegen::scan {

using Operations = std::vector<const model::Operation*>;

/// One line per finding, its needs per scheme indented below, then each provider's
/// least-privilege set.
[[nodiscard]] std::string text(const model::Model& model, const Operations& operations,
                               const Report& report);

/// `{"findings": [...], "providers": [...], "errors", "warnings", "diagnostics": [...]}`.
[[nodiscard]] std::string json(const model::Model& model, const Operations& operations,
                               const Report& report, const diag::Diagnostics& diags);

/// A position's column as SARIF counts it: (file, line, byte column) -> UTF-16 column.
using Utf16Column = std::function<int(const std::string& file, int line, int column)>;

/// SARIF 2.1.0: one run, a rule per diagnostic code used (and `call` for the findings, as
/// notes), a result per diagnostic and finding. Columns are UTF-16 code units (the run says
/// `columnKind: utf16CodeUnits`, the default, which viewers that ignore the field assume too):
/// `utf16` converts the byte columns every other format prints.
[[nodiscard]] std::string sarif(const model::Model& model, const Operations& operations,
                                const Report& report, const diag::Diagnostics& diags,
                                std::string_view version, const Utf16Column& utf16);

/// What to change in the profile: per provider, the calls found to add under `operations:`
/// (each brings its least-privilege name), what they add, and the requests nothing needs.
[[nodiscard]] std::string suggest(const model::Model& model, const Operations& operations,
                                  const Report& report);

}  // namespace scopegen::scan

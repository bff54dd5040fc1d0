#include <algorithm>
#include <map>
#include <set>

#include "check/decode.hpp"
#include "cli/commands/commands.hpp"
#include "cli/resources.hpp"
#include "cli/version.hpp"
#include "load/catalogue_path.hpp"
#include "load/inputs.hpp"
#include "load/sources.hpp"
#include "model/build.hpp"
#include "scan/detect.hpp"
#include "scan/format.hpp"
#include "scan/reconcile.hpp"
#include "unicode/utf8.hpp"

// The glue between the model and the scan stage, kept in this one file: which tables are read,
// and how the model's operation tables become the scan stage's plain list.
namespace scopegen::cli::commands {

namespace {

bool is_app(const load::Document& d) {
  return d.root.is_object() && d.root.contains("kind") && d.root["kind"] == "app";
}

// The user's tables and profile; then, unless told not to, the shipped data: all of it but
// its example profile when no table was given, else the catalogues the inputs name.
std::vector<load::Document> documents_of(const Options& o, diag::Diagnostics& diags) {
  std::vector<std::string> inputs = o.inputs;
  if (!o.profile.empty()) inputs.push_back(o.profile);
  std::vector<load::Document> docs;
  if (!inputs.empty()) docs = load::read_inputs(inputs, diags);
  if (o.no_shipped_catalogues) return docs;
  const std::string shipped = o.catalogues.empty() ? shipped_catalogues_dir() : o.catalogues;
  if (o.inputs.empty()) {
    for (load::Document& d : load::read_inputs({shipped}, diags)) {
      if (!is_app(d)) docs.push_back(std::move(d));
    }
  } else {
    const load::CataloguePath path({shipped});
    for (load::Document& d : path.find(load::CataloguePath::missing_providers(docs), diags))
      docs.push_back(std::move(d));
  }
  return docs;
}

std::vector<std::string> extensions_of(const std::vector<scan::ProviderRules>& rules) {
  std::set<std::string> out;
  for (const std::string_view e :
       {"c",     "h",   "cc", "cpp", "cxx", "hh",  "hpp", "hxx", "cs",  "java", "kt", "go", "rs",
        "swift", "php", "ts", "tsx", "mts", "cts", "js",  "jsx", "mjs", "cjs",  "py", "rb", "sh"})
    out.emplace(e);
  for (const scan::ProviderRules& r : rules) {
    for (const scan::SdkRule& s : r.sdks) out.insert(s.extensions.begin(), s.extensions.end());
  }
  return {out.begin(), out.end()};
}

// SARIF counts columns in UTF-16 code units, every other position here in bytes: the files
// SARIF positions name are read again, once each, only for a SARIF log. A file that cannot be
// read keeps its byte column.
class Utf16Columns {
 public:
  int operator()(const std::string& file, int line, int column) {
    auto at = files_.find(file);
    if (at == files_.end()) at = files_.emplace(file, read(file)).first;
    const Lines& lines = at->second;
    if (line < 1 || static_cast<std::size_t>(line) > lines.starts.size()) return column;
    const std::size_t start = lines.starts[static_cast<std::size_t>(line) - 1];
    const std::size_t end = lines.text.find('\n', start);
    return unicode::utf16_column(
        std::string_view(lines.text).substr(start, end == std::string::npos ? end : end - start),
        column);
  }

 private:
  struct Lines {
    std::string text;
    std::vector<std::size_t> starts;  // of each line
  };
  static Lines read(const std::string& file) {
    diag::Diagnostics ignored;  // the scan itself reported what cannot be read
    Lines out;
    if (auto text = load::read_source({file, ""}, ignored)) out.text = std::move(*text);
    if (out.text.empty()) return out;
    out.starts.push_back(0);
    for (std::size_t i = 0; i < out.text.size(); ++i) {
      if (out.text[i] == '\n' && i + 1 < out.text.size()) out.starts.push_back(i + 1);
    }
    return out;
  }
  std::map<std::string, Lines> files_;
};

}  // namespace

// `scopegen scan [--profile FILE] [--tables PATH]... [--format text|json|sarif] [--suggest]
// SOURCE...`: exit 1 when a call needs what the profile does not request.
int scan(const Options& o, std::ostream& out, std::ostream& err) {
  diag::Diagnostics diags;
  const auto finish = [&](int code) {
    if (o.format == "text" || code != kOk) err << diag::format_all(diags);
    return code;
  };
  const check::Tables tables = check::decode(documents_of(o, diags), diags);
  if (diags.has_errors()) return finish(kInvalidInput);
  const auto model = model::build(tables, diags);
  if (!model) return finish(kInvalidInput);
  if (diags.has_errors()) return finish(kInvalidInput);
  if (!o.profile.empty() && !model->app) {
    diags.error(diag::code::kFormat, {o.profile, 0, 0}, "--profile names no app profile");
    return finish(kUsage);
  }
  std::vector<scan::OperationRef> refs;
  scan::Operations operations;
  for (const model::Provider& p : model->providers) {
    for (const model::Operation& op : p.operations) {
      refs.push_back({p.id, op.api, op.id, op.method, op.path});
      operations.push_back(&op);
    }
  }
  std::vector<scan::ProviderRules> rules = scan::rules_of(tables.sdks, refs, diags);
  if (diags.has_errors()) return finish(kInvalidInput);
  const std::vector<std::string> extensions = extensions_of(rules);
  const scan::Detector detector(std::move(rules), std::move(refs));
  std::vector<scan::Finding> findings;
  for (const load::SourceFile& file : load::find_sources(o.sources, extensions, o.exclude, diags)) {
    const auto text = load::read_source(file, diags);
    if (!text) continue;
    for (scan::Finding& f : detector.scan(file.path, file.extension, *text))
      findings.push_back(std::move(f));
  }
  const scan::Report report = scan::reconcile(*model, operations, std::move(findings), diags);
  if (o.format == "json") {
    out << scan::json(*model, operations, report, diags);
  } else if (o.format == "sarif") {
    Utf16Columns columns;
    out << scan::sarif(
        *model, operations, report, diags, kVersion,
        [&](const std::string& file, int line, int column) { return columns(file, line, column); });
  } else {
    out << scan::text(*model, operations, report);
  }
  if (o.suggest) out << scan::suggest(*model, operations, report);
  // --suggest answers a missing scope with the YAML to add, not a failure.
  const auto sorted = diags.sorted();
  const bool failed = std::any_of(sorted.begin(), sorted.end(), [&](const diag::Diagnostic& d) {
    return d.severity == diag::Severity::error &&
           !(o.suggest && d.code.id == diag::code::kScanMissing.id);
  });
  if (o.format == "text") err << diag::format_all(diags);
  return failed ? kInvalidInput : kOk;
}

}  // namespace scopegen::cli::commands

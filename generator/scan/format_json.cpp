#include <nlohmann/json.hpp>
#include <set>

#include "diag/codes.hpp"
#include "diag/json_report.hpp"
#include "diag/printable.hpp"
#include "model/operations.hpp"
#include "scan/format.hpp"

// scan/format.hpp: the JSON and SARIF reports.
namespace scopegen::scan {

namespace {

using Json = nlohmann::ordered_json;

Json name_list(const model::Provider& provider, const std::vector<model::Index>& entries) {
  Json out = Json::array();
  for (model::Index i : entries) out.push_back(provider.entries[i].name);
  return out;
}

Json operation_json(const model::Provider& provider, const model::Operation& op) {
  Json needs = Json::object();
  for (model::Index k = 0; k < op.needs.size(); ++k) {
    const model::OperationNeed& n = op.needs[k];
    Json need = {{"status", model::to_string(n.status)}};
    if (n.status == model::NeedStatus::mapped) {
      need["any_of"] = name_list(provider, n.any_of);
    } else {
      need["reason"] = n.reason;
    }
    needs[model::need_key(provider, k)] = std::move(need);
  }
  return {{"key", op.key},       {"api", op.api},   {"id", op.id},
          {"method", op.method}, {"path", op.path}, {"needs", std::move(needs)}};
}

std::string dump(const Json& j) {
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// A relative URI reference for a path: '/' separators, anything outside RFC 3986's unreserved
// characters percent-encoded.
std::string uri_of(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

Json location(const std::string& file, int line, int column, const Utf16Column& utf16) {
  Json physical = {{"artifactLocation", {{"uri", uri_of(diag::printable(file))}}}};
  if (line > 0) {
    Json region = {{"startLine", line}};
    if (column > 0) region["startColumn"] = utf16(file, line, column);
    physical["region"] = std::move(region);
  }
  return Json::array({{{"physicalLocation", std::move(physical)}}});
}

}  // namespace

std::string json(const model::Model& model, const Operations& operations, const Report& report,
                 const diag::Diagnostics& diags) {
  Json findings = Json::array();
  for (const Finding& f : report.findings) {
    const model::Provider& provider = *model.provider(f.provider);
    Json ops = Json::array();
    for (std::size_t c : f.candidates) ops.push_back(operation_json(provider, *operations[c]));
    Json item = {{"file", diag::printable(f.file)},
                 {"line", f.line},
                 {"column", f.column},
                 {"provider", f.provider},
                 {"detector", f.detector},
                 {"text", f.text},
                 {"method", f.method},
                 {"ambiguous", f.candidates.size() > 1},
                 {"operations", std::move(ops)}};
    findings.push_back(std::move(item));
  }
  Json providers = Json::array();
  for (const ProviderResult& r : report.providers) {
    const model::Provider& provider = *model.provider(r.provider);
    providers.push_back({{"provider", r.provider},
                         {"scheme", r.scheme_name},
                         {"in_profile", r.in_profile},
                         {"least_privilege", name_list(provider, r.needed)},
                         {"requested", name_list(provider, r.requested)},
                         {"missing", name_list(provider, r.missing)},
                         {"unneeded", name_list(provider, r.unneeded)}});
  }
  Json out = {{"findings", std::move(findings)}, {"providers", std::move(providers)}};
  const Json report_of_diags = diag::to_json(diags);
  for (const char* key : {"errors", "warnings", "diagnostics"}) out[key] = report_of_diags.at(key);
  return dump(out);
}

std::string sarif(const model::Model& model, const Operations& operations, const Report& report,
                  const diag::Diagnostics& diags, std::string_view version,
                  const Utf16Column& utf16) {
  const std::vector<diag::Diagnostic> sorted = diags.sorted();
  std::set<std::string_view> used;
  for (const diag::Diagnostic& d : sorted) used.insert(d.code.id);
  Json rules = Json::array();
  for (const diag::Code& code : diag::all_codes()) {
    if (used.count(code.id) == 0) continue;
    rules.push_back({{"id", code.id},
                     {"shortDescription", {{"text", code.summary}}},
                     {"help", {{"text", "docs/diagnostics.md, section " + std::string(code.id)}}}});
  }
  rules.push_back(
      {{"id", "call"}, {"shortDescription", {{"text", "an API call, and the scopes it needs"}}}});
  Json results = Json::array();
  for (const diag::Diagnostic& d : sorted) {
    Json result = {{"ruleId", d.code.id},
                   {"level", d.severity == diag::Severity::error ? "error" : "warning"},
                   {"message", {{"text", diag::printable(d.message)}}}};
    if (!d.pos.file.empty())
      result["locations"] = location(d.pos.file, d.pos.line, d.pos.column, utf16);
    results.push_back(std::move(result));
  }
  for (const Finding& f : report.findings) {
    const model::Provider& provider = *model.provider(f.provider);
    std::string message = f.candidates.size() > 1 ? "one of: " : "";
    for (std::size_t k = 0; k < f.candidates.size(); ++k) {
      const model::Operation& op = *operations[f.candidates[k]];
      if (k > 0) message += "; ";
      message += describe(op, f.provider);
      for (model::Index n = 0; n < op.needs.size(); ++n) {
        message += ", " + model::need_key(provider, n) + ": ";
        message += op.needs[n].status == model::NeedStatus::mapped
                       ? names(provider, op.needs[n].any_of, "or")
                       : std::string(model::to_string(op.needs[n].status));
      }
    }
    results.push_back({{"ruleId", "call"},
                       {"level", "note"},
                       {"message", {{"text", diag::printable(message)}}},
                       {"locations", location(f.file, f.line, f.column, utf16)}});
  }
  Json driver = {
      {"name", "scopegen"}, {"version", std::string(version)}, {"rules", std::move(rules)}};
  // Said although it is the default: a reader of the log need not know SARIF's defaults.
  Json run = {{"tool", {{"driver", std::move(driver)}}},
              {"columnKind", "utf16CodeUnits"},
              {"results", std::move(results)}};
  return dump({{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
               {"version", "2.1.0"},
               {"runs", Json::array({std::move(run)})}});
}

}  // namespace scopegen::scan

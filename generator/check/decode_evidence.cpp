#include "check/decode_evidence.hpp"

#include "check/fields.hpp"
#include "diag/printable.hpp"

namespace scopegen::check {

namespace {

// A line or column: a whole number from 1.
std::optional<int> evidence_place(const Reader& finding, std::string_view key) {
  const auto value = finding.integer(key);
  if (!value) return std::nullopt;
  if (*value < 1 || *value > 1'000'000'000) {
    std::string message = diag::quoted(key);
    message += " is a number from 1, not ";
    message += std::to_string(*value);
    finding.child(key)->bad_value(message);
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

// The names of one operation's needs: {scheme: {status, any_of?, reason?}}.
void evidence_names(const Reader& needs, std::vector<NameRef>& out) {
  if (!needs.expect_object("'needs' (scheme -> status and names)")) return;
  for (const auto& [scheme, need] : needs.members()) {
    if (!need.expect_object("a need (status, any_of or reason)")) continue;
    if (!need.expect_keys({"status", "any_of", "reason"}, {"status"})) continue;
    const auto any_of = need.child("any_of");
    if (!any_of || !any_of->expect_array("'any_of'")) continue;
    for (const Reader& name : any_of->elements()) {
      if (auto s = name.as_string()) out.push_back({*s, name.pos(), {}, {}});
    }
  }
}

std::optional<EvidenceCall> evidence_call(const Reader& finding) {
  if (!finding.expect_object("a finding")) return std::nullopt;
  if (!finding.expect_keys({"file", "line", "column", "provider", "detector", "text", "method",
                            "ambiguous", "operations"},
                           {"file", "line", "column", "provider", "operations"}))
    return std::nullopt;
  EvidenceCall out;
  out.pos = finding.pos();
  const auto file = finding.string("file");
  const auto line = evidence_place(finding, "line");
  const auto column = evidence_place(finding, "column");
  auto provider = fields::text(finding, "provider");
  if (!file || !line || !column || !provider) return std::nullopt;
  out.file = *file;
  out.line = *line;
  out.column = *column;
  out.provider = std::move(*provider);
  const Reader operations = *finding.child("operations");
  if (!operations.expect_array("'operations'")) return std::nullopt;
  for (const Reader& op : operations.elements()) {
    if (!op.expect_object("an operation")) continue;
    if (!op.expect_keys({"key", "api", "id", "method", "path", "needs"}, {"key"})) continue;
    if (auto key = fields::text(op, "key")) out.operations.push_back(std::move(*key));
    if (const auto needs = op.child("needs")) evidence_names(*needs, out.names);
  }
  if (out.operations.empty()) {
    operations.bad_value("a finding names at least one operation");
    return std::nullopt;
  }
  return out;
}

}  // namespace

std::optional<Evidence> decode_evidence(const Reader& root) {
  const std::string& file = root.document().path;
  if (!root.is_object() || !root.has("findings")) {
    root.diags().error(diag::code::kEvidenceFormat, root.pos(),
                       diag::quoted(file) +
                           " is not a `scopegen scan --format json` result: it has no "
                           "'findings' (make it with `scopegen scan --format json ... > FILE`)");
    return std::nullopt;
  }
  if (!root.expect_keys({"findings", "providers", "errors", "warnings", "diagnostics"},
                        {"findings"}))
    return std::nullopt;
  const Reader findings = *root.child("findings");
  if (!findings.expect_array("'findings'")) return std::nullopt;
  Evidence out{file, {}};
  for (const Reader& finding : findings.elements()) {
    if (auto call = evidence_call(finding)) out.calls.push_back(std::move(*call));
  }
  return out;
}

}  // namespace scopegen::check

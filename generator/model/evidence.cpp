#include "model/evidence.hpp"

#include <algorithm>
#include <filesystem>

#include "diag/printable.hpp"
#include "diag/suggest.hpp"
#include "model/least_privilege.hpp"

namespace scopegen::model {

namespace {

std::string call_place(const check::EvidenceCall& call) {
  std::string out = call.file;
  out += ':';
  out += std::to_string(call.line);
  out += ':';
  out += std::to_string(call.column);
  return out;
}

// The operation whose key is `key`, with W905 (and a did-you-mean) when there is none.
std::optional<Index> evidence_operation(const Provider& p, const check::Text& key,
                                        diag::Diagnostics& diags) {
  std::vector<std::string> keys;
  for (Index i = 0; i < p.operations.size(); ++i) {
    if (p.operations[i].key == key.value) return i;
    keys.push_back(p.operations[i].key);
  }
  std::string message = "the evidence names operation ";
  message += diag::quoted(key.value);
  message += ", which ";
  message += p.id;
  message += "'s operation table does not have";
  message += diag::did_you_mean(key.value, keys);
  message += "; scan the code again with these tables";
  diags.warning(diag::code::kEvidenceUnknown, key.pos, message);
  return std::nullopt;
}

// Whether the names the profile requires allow one of the call's operations under its scheme
// (an operation that needs no permission counts as allowed).
bool evidence_allowed(const Provider& p, const AppProvider& ap, const CallSite& site) {
  const Index scheme = p.schemes.empty() ? 0 : ap.scheme;
  return std::any_of(site.operations.begin(), site.operations.end(), [&](Index op) {
    const OperationNeed& need = p.operations[op].needs[scheme];
    return need.status == NeedStatus::no_permission || allowed_by(p, need, ap.required);
  });
}

}  // namespace

void attach_evidence(const check::Evidence& evidence, const std::vector<Provider>& providers,
                     std::optional<App>& app, diag::Diagnostics& diags) {
  if (app) app->evidence = std::filesystem::path(evidence.file).filename().generic_string();
  std::vector<std::string> ids;
  for (const Provider& p : providers) ids.push_back(p.id);
  for (const check::EvidenceCall& call : evidence.calls) {
    const auto p = std::find_if(providers.begin(), providers.end(),
                                [&](const Provider& x) { return x.id == call.provider.value; });
    if (p == providers.end()) {
      std::string message = "the evidence names provider ";
      message += diag::quoted(call.provider.value);
      message += ", which no catalogue defines";
      message += diag::did_you_mean(call.provider.value, ids);
      diags.warning(diag::code::kEvidenceUnknown, call.provider.pos, message);
      continue;
    }
    for (const check::NameRef& name : call.names) {
      if (p->index.count(name.name) > 0) continue;
      std::string message = "the evidence names ";
      message += diag::quoted(name.name);
      message += ", which ";
      message += p->id;
      message += " does not have; scan the code again with these tables";
      diags.warning(diag::code::kEvidenceUnknownName, name.pos, message);
    }
    CallSite site{call.file, call.line, call.column, {}};
    for (const check::Text& key : call.operations) {
      if (auto op = evidence_operation(*p, key, diags)) site.operations.push_back(*op);
    }
    if (site.operations.empty()) continue;
    const Index pi = static_cast<Index>(p - providers.begin());
    AppProvider* ap = nullptr;
    if (app) {
      for (AppProvider& x : app->providers) ap = x.provider == pi ? &x : ap;
    }
    std::string message = "the call at ";
    message += call_place(call);
    message += " (";
    message += p->id;
    message += ' ';
    message += p->operations[site.operations[0]].key;
    message += site.operations.size() > 1 ? ", or another)" : ")";
    if (!ap) {
      message += ": the app profile asks nothing of ";
      message += p->id;
      message += ", so no review shows it";
      diags.warning(diag::code::kEvidenceNotAllowed, call.pos, message);
      continue;
    }
    if (!evidence_allowed(*p, *ap, site)) {
      message +=
          " needs what the profile does not request, so no review row shows it; "
          "`scopegen scan --profile` says what to add";
      diags.warning(diag::code::kEvidenceNotAllowed, call.pos, message);
    }
    ap->calls.push_back(std::move(site));
  }
}

}  // namespace scopegen::model

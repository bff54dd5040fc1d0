#include "scan/format.hpp"

#include <sstream>

// scan/format.hpp: the text report and the profile suggestion.
namespace scopegen::scan {

namespace {

std::string need_text(const model::Provider& provider, const model::OperationNeed& need) {
  if (need.status != "mapped") return need.status + ": " + need.reason;
  return "any of " + names(provider, need.any_of, "or");
}

}  // namespace

std::string text(const model::Model& model, const Operations& operations, const Report& report) {
  std::ostringstream out;
  for (const Finding& f : report.findings) {
    const model::Provider* provider = model.provider(f.provider);
    if (!provider) continue;
    out << f.file << ':' << f.line << ':' << f.column << ": " << f.detector << ": " << f.text;
    if (!f.method.empty()) out << " (" << f.method << ")";
    out << (f.candidates.size() > 1 ? ": ambiguous, one of:\n" : "\n");
    for (std::size_t c : f.candidates) {
      const model::Operation& op = *operations[c];
      out << "  " << describe(op, f.provider) << "\n";
      for (const model::OperationNeed& need : op.needs)
        out << "    " << need.scheme << ": " << need_text(*provider, need) << "\n";
    }
  }
  for (const ProviderResult& r : report.providers) {
    const model::Provider& provider = *model.provider(r.provider);
    out << "least privilege for " << r.provider << " (" << r.scheme
        << "): " << (r.needed.empty() ? "nothing" : names(provider, r.needed, "and")) << "\n";
    if (!r.missing.empty())
      out << "  missing from the profile: " << names(provider, r.missing, "and") << "\n";
    if (!r.unneeded.empty())
      out << "  requested, not needed: " << names(provider, r.unneeded, "and") << "\n";
  }
  return out.str();
}

std::string suggest(const model::Model& model, const Operations& operations, const Report& report) {
  std::ostringstream out;
  out << "# Add to the app profile (scopegen scan --suggest):\n";
  bool any = false;
  for (const ProviderResult& r : report.providers) {
    if (r.missing.empty() && r.unneeded.empty()) continue;
    const model::Provider& provider = *model.provider(r.provider);
    any = true;
    out << "providers:\n  " << r.provider << ":\n";
    const char* key = provider.kind == model::Kind::scopes ? "scopes" : "permissions";
    if (!r.missing.empty()) out << "    " << key << ":\n";
    for (model::Index i : r.missing) {
      // The purpose: the first call that needs the name, so a reviewer sees why it is there.
      std::string why;
      for (const Finding& f : report.findings) {
        if (f.provider != r.provider || f.candidates.size() != 1) continue;
        const model::Operation& op = *operations[f.candidates.front()];
        const model::OperationNeed* need = need_of(op, r.scheme);
        if (!need) continue;
        for (model::Index k : need->any_of) {
          if (k == i && why.empty()) why = op.id + " at " + f.file + ":" + std::to_string(f.line);
        }
      }
      out << "      - {name: " << provider.entries[i].name << ", purpose: \"Calls "
          << (why.empty() ? "that need it" : why) << "\"}\n";
    }
    for (model::Index i : r.unneeded)
      out << "    # remove: " << provider.entries[i].name << " (nothing found needs it)\n";
  }
  if (!any) out << "# nothing: the profile requests what the calls found need\n";
  return out.str();
}

}  // namespace scopegen::scan

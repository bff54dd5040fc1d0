#include "scan/format.hpp"

#include <set>
#include <sstream>

#include "model/operations.hpp"

// scan/format.hpp: the text report and the profile suggestion.
namespace scopegen::scan {

namespace {

std::string need_text(const model::Provider& provider, const model::OperationNeed& need) {
  if (need.status != model::NeedStatus::mapped)
    return std::string(model::to_string(need.status)) + ": " + need.reason;
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
      for (model::Index k = 0; k < op.needs.size(); ++k)
        out << "    " << model::need_key(*provider, k) << ": " << need_text(*provider, op.needs[k])
            << "\n";
    }
  }
  for (const ProviderResult& r : report.providers) {
    const model::Provider& provider = *model.provider(r.provider);
    out << "least privilege for " << r.provider << " (" << r.scheme_name
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
    const model::Provider& provider = *model.provider(r.provider);
    // The calls found that the profile does not declare, each once, where first found:
    // declared, they bring their least-privilege names with them.
    std::set<std::string> declared;
    if (model.app) {
      for (const model::AppProvider& ap : model.app->providers) {
        if (model.providers[ap.provider].id != r.provider) continue;
        for (const model::OperationUse& use : ap.operations)
          declared.insert(provider.operations[use.operation].key);
      }
    }
    std::vector<std::string> lines;
    for (const Finding& f : report.findings) {
      if (f.provider != r.provider) continue;
      const model::Operation& op = *operations[f.candidates.front()];
      const std::string where = f.file + ":" + std::to_string(f.line);
      if (f.candidates.size() > 1) {
        lines.push_back("      # " + where + ": '" + f.text + "' could be several operations; " +
                        "name the one it calls");
        continue;
      }
      if (!declared.insert(op.key).second) continue;
      lines.push_back("      - " + op.key + "  # " + where);
    }
    if (lines.empty() && r.missing.empty() && r.unneeded.empty()) continue;
    if (!any) out << "providers:\n";
    any = true;
    out << "  " << r.provider << ":\n";
    if (!lines.empty()) {
      out << "    operations:\n";
      for (const std::string& l : lines) out << l << "\n";
    }
    if (!r.missing.empty()) out << "    # they add: " << names(provider, r.missing, "and") << "\n";
    for (model::Index i : r.unneeded)
      out << "    # remove: " << provider.entries[i].name << " (nothing found needs it)\n";
  }
  if (!any) out << "# nothing: the profile declares every call found\n";
  return out.str();
}

}  // namespace scopegen::scan

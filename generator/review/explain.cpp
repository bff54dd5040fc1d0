#include "review/explain.hpp"

#include <algorithm>
#include <set>
#include <sstream>

#include "model/operations.hpp"

namespace scopegen::review {

namespace {

std::string list(const model::Provider& provider, const std::vector<model::Index>& names) {
  std::string out;
  for (model::Index i : names) out += (out.empty() ? "" : ", ") + provider.entries[i].name;
  return out;
}

}  // namespace

Explained explain(const model::Provider& provider, const std::vector<model::Index>& operations,
                  const std::optional<std::string>& granted) {
  std::set<std::string> held;
  if (granted) {
    std::string words = *granted;
    std::replace(words.begin(), words.end(), ',', ' ');
    std::istringstream in(words);
    for (std::string w; in >> w;) held.insert(w);
    // What a granted name implies is granted too (the catalogue's `implies`).
    for (const std::string& name : std::set<std::string>(held)) {
      if (const auto i = provider.find(name)) {
        for (model::Index j : provider.entries[*i].implied_closure)
          held.insert(provider.entries[j].name);
      }
    }
  }
  Explained out;
  std::ostringstream text;
  for (const model::Index index : operations) {
    const model::Operation* op = &provider.operations[index];
    text << provider.id << " " << (op->api.empty() ? "" : op->api + " ") << op->id << ": "
         << op->method << " " << op->path << "\n";
    text << "  from " << diag::to_string(op->pos) << "\n";
    bool satisfied = false;
    for (model::Index s = 0; s < op->needs.size(); ++s) {
      const model::OperationNeed& need = op->needs[s];
      const std::string scheme = model::need_key(provider, s);
      if (need.status != model::NeedStatus::mapped) {
        text << "  " << scheme << ": " << model::to_string(need.status) << ": " << need.reason
             << "\n";
        // A call that needs no scope is allowed by any token.
        satisfied = satisfied || need.status == model::NeedStatus::no_permission;
        continue;
      }
      text << "  " << scheme << ": any of " << list(provider, need.any_of) << "\n";
      if (!need.why.empty()) text << "    why: " << need.why << "\n";
      if (!granted) continue;
      const auto have = std::find_if(need.any_of.begin(), need.any_of.end(), [&](model::Index i) {
        return held.count(provider.entries[i].name) > 0;
      });
      if (have != need.any_of.end()) {
        satisfied = true;
        text << "    granted: " << provider.entries[*have].name << "\n";
      } else {
        text << "    missing: one of " << list(provider, need.any_of) << "\n";
      }
    }
    if (granted && !satisfied) {
      out.missing = true;
      text << "  the granted set allows this call under no scheme\n";
    }
  }
  out.text = text.str();
  return out;
}

}  // namespace scopegen::review

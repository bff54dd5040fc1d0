#include "scan/reconcile.hpp"

#include <algorithm>
#include <set>

#include "diag/codes.hpp"

namespace scopegen::scan {

namespace {

const model::AppProvider* profile_of(const model::Model& model, const std::string& provider) {
  if (!model.app) return nullptr;
  for (const model::AppProvider& ap : model.app->providers) {
    if (model.providers[ap.provider].id == provider) return &ap;
  }
  return nullptr;
}

std::set<model::Index> closure(const model::Provider& provider,
                               const std::vector<model::Index>& entries) {
  std::set<model::Index> out(entries.begin(), entries.end());
  for (model::Index i : entries) {
    const auto& c = provider.entries[i].implied_closure;
    out.insert(c.begin(), c.end());
  }
  return out;
}

bool allowed(const std::set<model::Index>& held, const model::OperationNeed& need) {
  return std::any_of(need.any_of.begin(), need.any_of.end(),
                     [&](model::Index i) { return held.count(i) > 0; });
}

bool same_need(const model::OperationNeed* a, const model::OperationNeed* b) {
  if (!a || !b) return a == b;
  std::vector<model::Index> x = a->any_of;
  std::vector<model::Index> y = b->any_of;
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  return a->status == b->status && x == y;
}

// Least privilege over any-of lists: the shortest lists first, each covered by a name already
// chosen (or implied by one) or by its first read-only name, else its first.
std::vector<model::Index> cover(const model::Provider& provider,
                                std::vector<std::vector<model::Index>> lists) {
  std::stable_sort(lists.begin(), lists.end(),
                   [](const auto& a, const auto& b) { return a.size() < b.size(); });
  std::vector<model::Index> chosen;
  for (const auto& list : lists) {
    const std::set<model::Index> held = closure(provider, chosen);
    if (std::any_of(list.begin(), list.end(), [&](model::Index i) { return held.count(i); }))
      continue;
    const auto read_only = std::find_if(
        list.begin(), list.end(), [&](model::Index i) { return provider.entries[i].read_only; });
    chosen.push_back(read_only != list.end() ? *read_only : list.front());
  }
  return chosen;
}

}  // namespace

std::string scheme_of(const model::Model& model, const model::Provider& provider) {
  if (provider.schemes.empty()) return "permissions";
  for (const model::AppProvider& ap :
       model.app ? model.app->providers : std::vector<model::AppProvider>{}) {
    if (&model.providers[ap.provider] == &provider) return provider.schemes[ap.scheme];
  }
  return provider.schemes[provider.current_scheme()];
}

const model::OperationNeed* need_of(const model::Operation& op, const std::string& scheme) {
  for (const model::OperationNeed& n : op.needs) {
    if (n.scheme == scheme) return &n;
  }
  return op.needs.size() == 1 ? &op.needs.front() : nullptr;
}

std::string describe(const model::Operation& op, const std::string& provider) {
  std::string out = provider;
  out += ' ';
  if (!op.api.empty()) {
    out += op.api;
    out += ' ';
  }
  out += op.id;
  out += " (";
  out += op.method;
  out += ' ';
  out += op.path;
  out += ')';
  return out;
}

std::string names(const model::Provider& provider, const std::vector<model::Index>& entries,
                  const char* last) {
  std::string out;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) out += i + 1 == entries.size() ? std::string(" ") + last + " " : ", ";
    out += provider.entries[entries[i]].name;
  }
  return out;
}

Report reconcile(const model::Model& model, const std::vector<const model::Operation*>& operations,
                 std::vector<Finding> findings, diag::Diagnostics& diags) {
  Report report;
  std::set<std::string> ids;
  for (const Finding& f : findings) ids.insert(f.provider);
  if (model.app) {
    for (const model::AppProvider& ap : model.app->providers)
      ids.insert(model.providers[ap.provider].id);
  }
  for (const std::string& id : ids) {
    const model::Provider* provider = model.provider(id);
    if (!provider) continue;
    ProviderResult r;
    r.provider = id;
    r.scheme = scheme_of(model, *provider);
    const model::AppProvider* ap = profile_of(model, id);
    r.in_profile = ap != nullptr;
    if (ap) r.requested = ap->required;
    const std::set<model::Index> held = closure(*provider, r.requested);
    std::vector<std::vector<model::Index>> lists;
    std::vector<std::vector<model::Index>> unmet;
    for (const Finding& f : findings) {
      if (f.provider != id) continue;
      const diag::Position at{f.file, f.line, f.column};
      const model::Operation& first = *operations[f.candidates.front()];
      const model::OperationNeed* need = need_of(first, r.scheme);
      const bool agree = std::all_of(f.candidates.begin(), f.candidates.end(), [&](std::size_t c) {
        return same_need(need_of(*operations[c], r.scheme), need);
      });
      if (!agree) {
        std::string message = "'" + f.text + "' could be ";
        bool any_allowed = false;
        for (std::size_t k = 0; k < f.candidates.size(); ++k) {
          const model::Operation& op = *operations[f.candidates[k]];
          message += (k == 0                         ? ""
                      : k + 1 == f.candidates.size() ? " or "
                                                     : ", ") +
                     describe(op, id);
          const model::OperationNeed* n = need_of(op, r.scheme);
          any_allowed = any_allowed || (n && n->status == "no_permission") ||
                        (n && n->status == "mapped" && allowed(held, *n));
        }
        message += ", which need different " + r.scheme + " names";
        if (model.app)
          message += any_allowed ? "; the profile allows at least one"
                                 : "; the profile allows none of them";
        diags.warning(diag::code::kScanAmbiguous, at, message);
        continue;
      }
      if (!need) continue;
      if (need->status == "unmapped") {
        diags.warning(diag::code::kScanUnmapped, at,
                      describe(first, id) + ": the table does not know what it needs under " +
                          r.scheme + ": " + need->reason);
      } else if (need->status == "not_available") {
        diags.error(
            diag::code::kScanUnavailable, at,
            describe(first, id) + " is not available under " + r.scheme + ": " + need->reason);
      } else if (need->status == "mapped") {
        lists.push_back(need->any_of);
        // Without a profile there is nothing to judge against: the findings and the
        // least-privilege set are the answer.
        if (!model.app || allowed(held, *need)) continue;
        unmet.push_back(need->any_of);
        std::vector<diag::Note> notes;
        if (ap) notes.push_back({ap->pos, "the profile's " + id + " requests are here"});
        diags.error(diag::code::kScanMissing, at,
                    describe(first, id) + " needs " + names(*provider, need->any_of, "or") + " (" +
                        r.scheme + "); the profile requests " +
                        (ap ? "none of them" : "nothing of " + id),
                    std::move(notes));
      }
    }
    std::vector<model::Index> needed = cover(*provider, lists);
    needed.insert(needed.end(), provider->always_required.begin(), provider->always_required.end());
    if (ap) {
      const model::Index list = provider->current_scheme() == 0 ? 0 : ap->scheme;
      for (const std::string& u : ap->use_cases) {
        const model::UseCase* uc = provider->use_case(u);
        if (!uc || list >= uc->lists.size()) continue;
        needed.insert(needed.end(), uc->lists[list].entries.begin(), uc->lists[list].entries.end());
      }
    }
    std::sort(needed.begin(), needed.end());
    needed.erase(std::unique(needed.begin(), needed.end()), needed.end());
    r.needed = needed;
    // What to add: least privilege over the calls the profile does not allow.
    for (model::Index i : cover(*provider, unmet)) {
      if (!held.count(i)) r.missing.push_back(i);
    }
    std::sort(r.missing.begin(), r.missing.end());
    if (ap) {
      const std::set<model::Index> covered = closure(*provider, needed);
      for (const model::Request& q : ap->requests) {
        if (covered.count(q.entry)) continue;
        r.unneeded.push_back(q.entry);
        r.unneeded_pos.push_back(q.pos);
        diags.warning(diag::code::kScanUnneeded, q.pos,
                      "'" + provider->entries[q.entry].name +
                          "' is requested, but no call found in the code, use case or "
                          "always-required rule needs it");
      }
    }
    report.providers.push_back(std::move(r));
  }
  report.findings = std::move(findings);
  return report;
}

}  // namespace scopegen::scan

#include "scan/reconcile.hpp"

#include <algorithm>
#include <set>

#include "diag/codes.hpp"
#include "model/least_privilege.hpp"
#include "model/operations.hpp"

namespace scopegen::scan {

namespace {

const model::AppProvider* profile_of(const model::Model& model, const std::string& provider) {
  if (!model.app) return nullptr;
  for (const model::AppProvider& ap : model.app->providers) {
    if (model.providers[ap.provider].id == provider) return &ap;
  }
  return nullptr;
}

bool same_need(const model::OperationNeed* a, const model::OperationNeed* b) {
  if (!a || !b) return a == b;
  std::vector<model::Index> x = a->any_of;
  std::vector<model::Index> y = b->any_of;
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  return a->status == b->status && x == y;
}

model::Index index_in(const model::Provider& provider, const model::Operation& op) {
  return static_cast<model::Index>(&op - provider.operations.data());
}

void sort_unique(std::vector<model::Index>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// What the profile requires besides the calls: always-required names, its use cases' lists,
// what the operations it declares add, and what its event subscriptions need.
std::vector<model::Index> rules_and_use_cases(const model::Provider& provider,
                                              const model::AppProvider* ap, model::Index scheme) {
  std::vector<model::Index> out = provider.always_required;
  if (!ap) return out;
  for (const std::string& u : ap->use_cases) {
    const model::UseCase* uc = provider.use_case(u);
    if (!uc || scheme >= uc->lists.size()) continue;
    out.insert(out.end(), uc->lists[scheme].entries.begin(), uc->lists[scheme].entries.end());
  }
  for (const model::OperationUse& use : ap->operations) {
    if (use.derived) out.push_back(*use.derived);
  }
  for (const auto& [name, operations] : ap->needed_by_operations) out.push_back(name);
  // Event subscriptions: the rule's names, and per event the requested name that covers it
  // (else its least privileged one).
  if (!ap->events.empty())
    out.insert(out.end(), provider.events_require.begin(), provider.events_require.end());
  for (const std::string& type : ap->events) {
    const model::Event* e = provider.event(type);
    if (!e || e->any_of.empty()) continue;
    const model::OperationNeed need{model::NeedStatus::mapped, e->any_of, "", ""};
    const auto by = model::allowed_by(provider, need, ap->required);
    out.push_back(by ? *by : model::least_privileged(provider, need));
  }
  sort_unique(out);
  return out;
}

}  // namespace

model::Index scheme_of(const model::Model& model, const model::Provider& provider) {
  if (model.app) {
    for (const model::AppProvider& ap : model.app->providers) {
      if (&model.providers[ap.provider] == &provider) return ap.scheme;
    }
  }
  return provider.current_scheme();
}

const model::OperationNeed* need_of(const model::Operation& op, model::Index scheme) {
  return scheme < op.needs.size() ? &op.needs[scheme] : nullptr;
}

std::string describe(const model::Operation& op, const std::string& provider) {
  std::string out = provider;
  out += ' ';
  out += op.key;
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
    r.scheme_name = model::need_key(*provider, r.scheme);
    const model::AppProvider* ap = profile_of(model, id);
    r.in_profile = ap != nullptr;
    if (ap) r.requested = ap->required;
    std::vector<model::Index> calls;  // into provider->operations: every call found
    std::vector<model::Index> unmet;  // the calls the profile does not allow
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
          any_allowed = any_allowed || (n && n->status == model::NeedStatus::no_permission) ||
                        (n && model::allowed_by(*provider, *n, r.requested));
        }
        message += ", which need different " + r.scheme_name + " names";
        if (model.app)
          message += any_allowed ? "; the profile allows at least one"
                                 : "; the profile allows none of them";
        diags.warning(diag::code::kScanAmbiguous, at, message);
        continue;
      }
      if (!need) continue;
      if (need->status == model::NeedStatus::unmapped) {
        diags.warning(diag::code::kScanUnmapped, at,
                      describe(first, id) + ": the table does not know what it needs under " +
                          r.scheme_name + ": " + need->reason);
      } else if (need->status == model::NeedStatus::not_available) {
        diags.error(
            diag::code::kScanUnavailable, at,
            describe(first, id) + " is not available under " + r.scheme_name + ": " + need->reason);
      } else if (need->status == model::NeedStatus::mapped) {
        calls.push_back(index_in(*provider, first));
        // Without a profile there is nothing to judge against: the findings and the
        // least-privilege set are the answer.
        if (!model.app || model::allowed_by(*provider, *need, r.requested)) continue;
        unmet.push_back(calls.back());
        std::vector<diag::Note> notes;
        if (ap) notes.push_back({ap->pos, "the profile's " + id + " requests are here"});
        diags.error(diag::code::kScanMissing, at,
                    describe(first, id) + " needs " + names(*provider, need->any_of, "or") + " (" +
                        r.scheme_name + "); the profile requests " +
                        (!ap                        ? "nothing of " + id
                         : need->any_of.size() == 1 ? std::string("none")
                                                    : std::string("none of them")),
                    std::move(notes));
      }
    }
    sort_unique(calls);
    sort_unique(unmet);
    // Least privilege: what the rules and use cases require, then the least the calls add.
    r.needed = rules_and_use_cases(*provider, ap, r.scheme);
    (void)model::derive_least_privilege(*provider, calls, r.scheme, r.needed);
    sort_unique(r.needed);
    // What to add: the least the calls the profile does not allow add to its requests.
    std::vector<model::Index> held = r.requested;
    (void)model::derive_least_privilege(*provider, unmet, r.scheme, held);
    r.missing.assign(held.begin() + static_cast<long>(r.requested.size()), held.end());
    sort_unique(r.missing);
    if (ap) {
      for (const model::Request& q : ap->requests) {
        const model::OperationNeed self{model::NeedStatus::mapped, {q.entry}, "", ""};
        if (model::allowed_by(*provider, self, r.needed)) continue;
        r.unneeded.push_back(q.entry);
        r.unneeded_pos.push_back(q.pos);
        diags.warning(diag::code::kScanUnneeded, q.pos,
                      "'" + provider->entries[q.entry].name +
                          "' is requested, but no call found in the code, use case, declared "
                          "operation or always-required rule needs it");
      }
    }
    report.providers.push_back(std::move(r));
  }
  report.findings = std::move(findings);
  return report;
}

}  // namespace scopegen::scan

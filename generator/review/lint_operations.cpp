#include "review/lint_operations.hpp"

#include <algorithm>
#include <set>

#include "model/least_privilege.hpp"

namespace scopegen::review {

namespace {

bool implies_or_is(const model::Provider& p, model::Index from, model::Index to) {
  const auto& closure = p.entries[from].implied_closure;
  return from == to || std::binary_search(closure.begin(), closure.end(), to);
}

}  // namespace

void OperationLinter::run() const {
  check_derived();
  check_unneeded();
  if (!p_.schemes.empty() && ap_.scheme == model::Provider::kRetiringScheme) check_replaceable();
}

void OperationLinter::check_derived() const {
  const std::string& key = p_.noun.plural;
  for (const model::OperationUse& use : ap_.operations) {
    if (!use.derived) continue;
    const model::Operation& op = p_.operations[use.operation];
    const std::string& add = p_.entries[*use.derived].name;
    diags_.error(diag::code::kLintOperationNotRequested, use.pos,
                 "'" + op.key + "' (" + op.method + " " + op.path + ") needs one of " +
                     model::joined_names(p_, op.needs[ap_.scheme].any_of) +
                     ", and the profile's use cases and requests have none; scopegen adds '" + add +
                     "': request it under '" + key + ":' with its purpose");
  }
}

void OperationLinter::check_unneeded() const {
  std::set<model::Index> judged;  // names some operation of the table allows
  for (const model::Operation& op : p_.operations) {
    for (const model::OperationNeed& n : op.needs) judged.insert(n.any_of.begin(), n.any_of.end());
  }
  std::vector<model::Index> other(p_.always_required);
  for (const std::string& id : ap_.use_cases) {
    const auto& entries = p_.use_case(id)->lists[ap_.scheme].entries;
    other.insert(other.end(), entries.begin(), entries.end());
  }
  if (!ap_.events.empty()) {
    other.insert(other.end(), p_.events_require.begin(), p_.events_require.end());
    for (const std::string& type : ap_.events) {
      const auto& any_of = p_.event(type)->any_of;
      other.insert(other.end(), any_of.begin(), any_of.end());
    }
  }
  for (const model::Request& r : ap_.requests) {
    if (!judged.count(r.entry)) continue;
    const bool by_call = std::any_of(
        ap_.operations.begin(), ap_.operations.end(), [&](const model::OperationUse& u) {
          const auto& any_of = p_.operations[u.operation].needs[ap_.scheme].any_of;
          return std::any_of(any_of.begin(), any_of.end(), [&](model::Index option) {
            return implies_or_is(p_, r.entry, option);
          });
        });
    const bool by_other = std::find(other.begin(), other.end(), r.entry) != other.end();
    if (by_call || by_other) continue;
    diags_.warning(diag::code::kLintUnneeded, r.pos,
                   "no declared operation, use case or rule needs '" + p_.entries[r.entry].name +
                       "'; drop it, or declare the call that needs it under operations:");
  }
}

void OperationLinter::check_replaceable() const {
  const model::Index current = model::Provider::kCurrentScheme;
  for (model::Index broad : ap_.required) {
    if (p_.entries[broad].role != model::Role::retiring) continue;
    std::vector<model::Index> calls;
    for (const model::OperationUse& u : ap_.operations) {
      const auto& any_of = p_.operations[u.operation].needs[ap_.scheme].any_of;
      if (std::find(any_of.begin(), any_of.end(), broad) != any_of.end()) {
        calls.push_back(u.operation);
      }
    }
    if (calls.empty()) continue;
    const bool all_granular = std::all_of(calls.begin(), calls.end(), [&](model::Index op) {
      return p_.operations[op].needs[current].status == model::NeedStatus::mapped;
    });
    if (!all_granular) continue;
    std::vector<model::Index> granular;
    (void)model::derive_least_privilege(p_, calls, current, granular);
    std::sort(granular.begin(), granular.end());
    std::string keys;
    for (model::Index op : calls) keys += (keys.empty() ? "" : ", ") + p_.operations[op].key;
    const auto request = std::find_if(ap_.requests.begin(), ap_.requests.end(),
                                      [&](const model::Request& r) { return r.entry == broad; });
    diags_.warning(diag::code::kLintBroadReplaceable,
                   request != ap_.requests.end() ? request->pos : ap_.pos,
                   "'" + p_.entries[broad].name + "' serves " + keys + ", which all have " +
                       p_.schemes[current] + " scopes (" + model::joined_names(p_, granular) +
                       "); move to scheme: " + p_.schemes[current]);
  }
}

}  // namespace scopegen::review

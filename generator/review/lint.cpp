#include "review/lint.hpp"

#include "review/lint_operations.hpp"
#include "review/sources.hpp"

#include <algorithm>

namespace scopegen::review {

namespace {

class AppLinter {
 public:
  AppLinter(const model::Model& m, const model::AppProvider& ap, Day today,
            const LintOptions& options, diag::Diagnostics& diags)
      : m_(m),
        ap_(ap),
        p_(m.providers[ap.provider]),
        today_(today),
        options_(options),
        diags_(diags) {}

  void run() {
    collect_sources();
    for (model::Index i : ap_.required) check_entry(i);
    check_redundant();
    if (!ap_.operations.empty()) OperationLinter(p_, ap_, diags_).run();
  }

 private:
  const model::ScopeList& list_of(const model::UseCase& u) const { return selected_list(ap_, u); }

  void collect_sources() { sources_ = requirement_sources(m_, ap_); }

  void check_entry(model::Index i) {
    const model::Entry& e = p_.entries[i];
    const std::vector<Source>& sources = sources_.at(i);
    const Source& src = sources.front();
    if (std::all_of(sources.begin(), sources.end(),
                    [](const Source& s) { return s.purpose.empty(); })) {
      diags_.warning(
          diag::code::kLintNoPurpose, src.pos,
          "'" + e.name + "' (" + src.why +
              ") has no purpose; reviewers ask why the app needs it: give one under purposes:");
    }
    if (m_.app->reads_only && !e.read_only) {
      diags_.warning(diag::code::kLintWrite, src.pos,
                     "'" + e.name + "' (" + src.why +
                         ") can write, but the app says it only reads" + read_only_hint(i));
    }
    for (model::Index r : e.restrictions) {
      if (ap_.arrangements.count(r)) continue;
      const std::string& word = p_.restrictions[r].name;
      diags_.warning(diag::code::kLintRestricted, src.pos,
                     "'" + e.name + "' (" + src.why + ") is restricted (" + word +
                         "): " + std::string(what_to_arrange(p_, r)) +
                         "; record what was done under arrangements: " + word);
    }
    if (e.role == model::Role::retiring && p_.migration) check_broad(e, src);
  }

  std::string read_only_hint(model::Index i) const {
    const std::string read_name = p_.entries[i].name + ".read";
    return p_.find(read_name) ? " (did you mean '" + read_name + "'?)" : "";
  }

  void check_broad(const model::Entry& e, const Source& src) {
    const model::Migration& mig = *p_.migration;
    const auto created = parse_day(m_.app->created);
    const auto cutoff = parse_day(mig.new_apps_from);
    if (created && cutoff && *created >= *cutoff) {
      const std::string& current = p_.schemes[model::Provider::kCurrentScheme];
      diags_.error(diag::code::kLintBroadNewApp, src.pos,
                   "'" + e.name + "' (" + src.why + ") is a " + std::string(p_.status_name(e)) +
                       " scope; apps created on or after " + mig.new_apps_from + " get " + current +
                       " scopes only (this app: " + m_.app->created + "); use scheme: " + current);
      return;
    }
    const auto deadline = parse_day(mig.existing_apps_deadline, true);
    if (!deadline) return;
    if (today_ > *deadline) {
      diags_.warning(diag::code::kLintPastDeadline, src.pos,
                     "'" + e.name + "' (" + src.why +
                         ") is deprecated and the migration deadline (" +
                         mig.existing_apps_deadline + ") has passed; see scopegen migrate");
    } else if (*deadline - today_ <= options_.deadline_lead_days) {
      // Warn while there is still time to migrate and collect every user's new consent.
      const Day left = *deadline - today_;
      diags_.warning(
          diag::code::kLintPastDeadline, src.pos,
          "'" + e.name + "' (" + src.why + ") is deprecated and the migration deadline (" +
              mig.existing_apps_deadline + ") is " +
              (left == 0 ? std::string("today") : "in " + std::to_string(left) + " days") +
              "; see scopegen migrate");
    }
  }

  void check_redundant() {
    std::vector<model::Index> from_use_cases(p_.always_required);
    for (const std::string& id : ap_.use_cases) {
      const auto& entries = list_of(*p_.use_case(id)).entries;
      from_use_cases.insert(from_use_cases.end(), entries.begin(), entries.end());
    }
    for (const model::Request& r : ap_.requests) {
      if (std::find(from_use_cases.begin(), from_use_cases.end(), r.entry) == from_use_cases.end())
        continue;
      diags_.warning(diag::code::kLintRedundant, r.pos,
                     "'" + p_.entries[r.entry].name +
                         "' is already required by the use cases or always required");
    }
    // A use case adds nothing when the others cover its list. Deciding from the last to the
    // first, and leaving out those already found redundant, flags only the later of two use
    // cases with the same list, and never both.
    if (ap_.use_cases.size() < 2) return;
    std::vector<bool> redundant(ap_.use_cases.size(), false);
    for (std::size_t k = ap_.use_cases.size(); k-- > 0;) {
      std::vector<model::Index> others(p_.always_required);
      for (std::size_t j = 0; j < ap_.use_cases.size(); ++j) {
        if (j == k || redundant[j]) continue;
        const auto& entries = list_of(*p_.use_case(ap_.use_cases[j])).entries;
        others.insert(others.end(), entries.begin(), entries.end());
      }
      const auto& mine = list_of(*p_.use_case(ap_.use_cases[k])).entries;
      redundant[k] = std::all_of(mine.begin(), mine.end(), [&](model::Index i) {
        return std::find(others.begin(), others.end(), i) != others.end();
      });
      if (redundant[k]) {
        diags_.warning(
            diag::code::kLintRedundant, ap_.use_case_pos[k],
            "use case '" + ap_.use_cases[k] + "' adds no scope the others do not already request");
      }
    }
  }

  const model::Model& m_;
  const model::AppProvider& ap_;
  const model::Provider& p_;
  Day today_;
  const LintOptions& options_;
  diag::Diagnostics& diags_;
  std::map<model::Index, std::vector<Source>> sources_;
};

}  // namespace

std::string_view what_to_arrange(const model::Provider& provider, model::Index restriction) {
  const std::string& advice = provider.restrictions[restriction].advice;
  return advice.empty() ? "check the provider's conditions for it" : std::string_view(advice);
}

void lint(const model::Model& model, Day today, const LintOptions& options,
          diag::Diagnostics& diags) {
  if (!model.app) return;
  for (const model::AppProvider& ap : model.app->providers)
    AppLinter(model, ap, today, options, diags).run();
}

}  // namespace scopegen::review

#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "review/dates.hpp"

/// `scopegen migrate`: what moving from broad to granular scopes means, per use case and for
/// the app profile. Plain data, computed from the model; migration_format.cpp prints it.
namespace scopegen::review {

using Names = std::vector<std::string>;

/// One broad scope of a list, and which of its replacements the granular list requests.
struct Replacement {
  std::string broad;
  Names granular;  // replacements present in the granular list (may be empty)
};

/// The broad list next to the granular list, and the difference between them.
struct ListChange {
  std::optional<Names> broad;  // nothing: the source gives no list
  std::optional<Names> granular;
  std::vector<Replacement> replacements;
  Names unchanged;          // in both lists
  Names gained;             // granular scopes that replace nothing in the broad list
  Names lost;               // broad-list scopes with no counterpart in the granular list
  bool reconsent = false;   // existing connections must consent again
  bool comparable = false;  // both lists known
};

struct UseCaseMigration {
  std::string id;
  std::string label;
  std::string note;  // why a list is unknown, when one is
  ListChange change;
};

/// Where the app stands on the timeline.
enum class Phase {
  new_app,        // created on/after new_apps_from: granular only
  before_window,  // existing app, granular scopes not yet available
  in_window,      // existing app, migrate before the deadline
  past_deadline,  // existing app, deadline passed
};

struct AppMigration {
  std::string id;
  std::string name;
  std::string created;
  std::string scheme;
  Phase phase = Phase::in_window;
  long days_to_deadline = 0;  // negative once past
  ListChange change;          // broad: what it requests now; granular: what it would request
};

struct ProviderMigration {
  std::string provider;
  std::string name;
  model::Migration dates;
  std::string retiring;  // the provider's scheme names, as reports print them ("broad")
  std::string current;   // ("granular")
  std::string today;
  std::vector<UseCaseMigration> use_cases;
  std::optional<AppMigration> app;
};

/// One report per provider that has a migration. `today` drives the phase.
/// With `app_only`, only the providers the app profile requests from, and only the use cases
/// it names.
[[nodiscard]] std::vector<ProviderMigration> migration_report(const model::Model& model, Day today,
                                                              bool app_only = false);

/// The change from one set of scopes to another, against the provider's replaced_by table.
[[nodiscard]] ListChange compare(const model::Provider& provider,
                                 const std::vector<model::Index>* broad,
                                 const std::vector<model::Index>* granular);

}  // namespace scopegen::review

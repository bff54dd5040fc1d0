#include "review/migration.hpp"

#include <algorithm>

#include "model/resolve.hpp"

namespace scopegen::review {

namespace {

bool has(const std::vector<model::Index>& v, model::Index i) {
  return std::find(v.begin(), v.end(), i) != v.end();
}

bool has_use_case(const model::AppProvider& ap, const std::string& id) {
  return std::find(ap.use_cases.begin(), ap.use_cases.end(), id) != ap.use_cases.end();
}

Names names(const model::Provider& p, const std::vector<model::Index>& v) {
  Names out;
  for (model::Index i : v) out.push_back(p.entries[i].name);
  return out;
}

Phase phase_of(const model::Migration& m, const std::string& created, Day today,
               long& days_to_deadline) {
  const auto deadline = parse_day(m.existing_apps_deadline, true);
  days_to_deadline = deadline ? *deadline - today : 0;
  const auto cutoff = parse_day(m.new_apps_from);
  const auto created_day = parse_day(created);
  if (cutoff && created_day && *created_day >= *cutoff) return Phase::new_app;
  if (const auto opens = parse_day(m.existing_apps_from); opens && today < *opens)
    return Phase::before_window;
  if (deadline && today > *deadline) return Phase::past_deadline;
  return Phase::in_window;
}

}  // namespace

ListChange compare(const model::Provider& p, const std::vector<model::Index>* broad,
                   const std::vector<model::Index>* granular) {
  ListChange c;
  if (broad) c.broad = names(p, *broad);
  if (granular) c.granular = names(p, *granular);
  c.comparable = broad && granular;
  if (!c.comparable) return c;
  std::vector<model::Index> replacing;
  for (model::Index b : *broad) {
    const model::Entry& e = p.entries[b];
    if (has(*granular, b)) {
      c.unchanged.push_back(e.name);
      continue;
    }
    if (e.role == model::Role::retiring) {
      Replacement r{e.name, {}};
      for (model::Index g : e.replaced_by) {
        if (has(*granular, g)) {
          r.granular.push_back(p.entries[g].name);
          replacing.push_back(g);
        }
      }
      if (r.granular.empty()) c.lost.push_back(e.name);
      c.replacements.push_back(std::move(r));
    } else {
      c.lost.push_back(e.name);
    }
  }
  for (model::Index g : *granular) {
    if (!has(*broad, g) && !has(replacing, g)) c.gained.push_back(p.entries[g].name);
  }
  c.reconsent = model::catalogue_order(*broad) != model::catalogue_order(*granular);
  return c;
}

namespace {
const model::AppProvider* request_of(const model::Model& model, const model::Provider& p) {
  if (!model.app) return nullptr;
  for (const model::AppProvider& ap : model.app->providers) {
    if (&model.providers[ap.provider] == &p) return &ap;
  }
  return nullptr;
}
}  // namespace

std::vector<ProviderMigration> migration_report(const model::Model& model, Day today,
                                                bool app_only) {
  std::vector<ProviderMigration> out;
  for (const model::Provider& p : model.providers) {
    if (!p.migration) continue;
    const model::AppProvider* request = request_of(model, p);
    if (app_only && !request) continue;
    ProviderMigration pm;
    pm.provider = p.id;
    pm.name = p.name;
    pm.dates = *p.migration;
    pm.retiring = p.schemes[model::Provider::kRetiringScheme];
    pm.current = p.schemes[model::Provider::kCurrentScheme];
    pm.today = format_day(today);
    for (const model::UseCase& u : p.use_cases) {
      if (app_only && !has_use_case(*request, u.id)) continue;
      UseCaseMigration um;
      um.id = u.id;
      um.label = u.label.en;
      const model::ScopeList& before = u.lists[model::Provider::kRetiringScheme];
      const model::ScopeList& after = u.lists[model::Provider::kCurrentScheme];
      um.change = compare(p, before.known ? &before.entries : nullptr,
                          after.known ? &after.entries : nullptr);
      um.note = !before.known ? before.unknown_reason : !after.known ? after.unknown_reason : "";
      pm.use_cases.push_back(std::move(um));
    }
    if (request) {
      AppMigration am;
      am.id = model.app->id;
      am.name = model.app->name;
      am.created = model.app->created;
      am.scheme = p.schemes[request->scheme];
      am.phase = phase_of(*p.migration, model.app->created, today, am.days_to_deadline);
      am.change = compare(p, &request->required, &request->by_scheme->granular);
      pm.app = std::move(am);
    }
    out.push_back(std::move(pm));
  }
  return out;
}

}  // namespace scopegen::review

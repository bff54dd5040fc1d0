#include "naming/collisions.hpp"

#include <map>

#include "naming/rules.hpp"
#include "targets/ts/exports.hpp"

namespace scopegen::naming {

namespace {

struct Named {
  const std::string* name;
  const diag::Position* pos;
};

void check(const std::vector<Named>& items, const Rules& rules, std::string_view target,
           std::string_view kind, diag::Diagnostics& diags) {
  std::map<std::string, Named> seen;
  for (const Named& item : items) {
    const std::string id = identifier(*item.name, rules);
    const auto [it, inserted] = seen.emplace(id, item);
    if (inserted) continue;
    diags.error(diag::code::kCollision, *item.pos,
                std::string(kind) + " '" + *item.name + "' and '" + *it->second.name +
                    "' both become the " + std::string(target) + " identifier '" + id +
                    "'; rename one",
                {{*it->second.pos, "'" + *it->second.name + "' is here"}});
  }
}

// One name index.ts exports: from a provider (which of its three names), or from core.ts / the
// app profile when `provider` is null.
struct Export {
  std::string name;
  const model::Provider* provider;
  std::string_view what;  // "namespace", "enum", "type guard", or where a fixed name comes from
};

std::string describe(const Export& e) {
  if (!e.provider) return std::string(e.what);
  return "the " + std::string(e.what) + " of provider '" + e.provider->id + "'";
}

// index.ts re-exports every provider module under three names, beside core.ts's names and the
// app module: two equal names are a duplicate identifier tsc refuses (TS2300), and a table's
// provider id is the only input that can make one. Reported at the provider, the other name as
// a note (at its provider, or at the generated index.ts for a fixed name).
void check_ts_barrel(const model::Model& model, diag::Diagnostics& diags) {
  std::vector<Export> exports;
  for (std::string_view fixed : kTsCoreExports)
    exports.push_back({std::string(fixed), nullptr, "core.ts"});
  if (model.app)
    exports.push_back({std::string(kTsAppExport), nullptr, "the app profile's module"});
  for (const model::Provider& p : model.providers) {
    TsExports names = ts_exports(p);
    exports.push_back({std::move(names.ns), &p, "namespace"});
    exports.push_back({std::move(names.type), &p, "enum"});
    exports.push_back({std::move(names.guard), &p, "type guard"});
  }
  std::map<std::string, const Export*> seen;
  for (const Export& e : exports) {
    const auto [it, inserted] = seen.emplace(e.name, &e);
    if (inserted) continue;
    const Export& first = *it->second;
    // Two provider namespaces alike are the provider check's (the same TypeScript identifier).
    if (!e.provider || (first.provider && e.what == "namespace" && first.what == "namespace"))
      continue;
    if (first.provider) {
      diags.error(diag::code::kCollision, e.provider->pos,
                  describe(e) + " and " + describe(first) +
                      " are both exported from index.ts as '" + e.name +
                      "'; rename one of the providers",
                  {{first.provider->pos, "'" + e.name + "' is " + describe(first) + " here"}});
    } else {
      diags.error(diag::code::kCollision, e.provider->pos,
                  describe(e) + " is exported from index.ts as '" + e.name +
                      "', a name index.ts already exports from " + std::string(first.what) +
                      "; rename the provider",
                  {{{"ts/index.ts", 0, 0},
                    "'" + e.name + "' from " + std::string(first.what) + " is here"}});
    }
  }
}

}  // namespace

void check_collisions(const model::Model& model, diag::Diagnostics& diags) {
  for (const TargetNaming* target : all_targets()) {
    std::vector<Named> providers;
    for (const model::Provider& p : model.providers) {
      providers.push_back({&p.id, &p.pos});
      std::vector<Named> entries;
      for (const model::Entry& e : p.entries) entries.push_back({&e.name, &e.pos});
      check(entries, target->entry, target->target,
            p.kind == model::Kind::scopes ? "scope" : "permission", diags);
      std::vector<Named> use_cases;
      for (const model::UseCase& u : p.use_cases) use_cases.push_back({&u.id, &u.pos});
      check(use_cases, target->use_case, target->target, "use case", diags);
    }
    check(providers, target->provider, target->target, "provider", diags);
  }
  check_ts_barrel(model, diags);
}

}  // namespace scopegen::naming

#include "targets/collisions.hpp"

#include <string_view>
#include <unordered_map>

#include "targets/registry.hpp"

namespace scopegen::view {

namespace {

struct Named {
  const std::string* name;
  const diag::Position* pos;
};

void check(const std::vector<Named>& items, const naming::Rules& rules, std::string_view target,
           std::string_view kind, diag::Diagnostics& diags) {
  // The identifiers first, then a hash of views into them: no string copied into a tree.
  std::vector<std::string> ids;
  ids.reserve(items.size());
  for (const Named& item : items) ids.push_back(naming::identifier(*item.name, rules));
  std::unordered_map<std::string_view, Named> seen;
  seen.reserve(items.size());
  for (std::size_t k = 0; k < items.size(); ++k) {
    const Named& item = items[k];
    const std::string& id = ids[k];
    const auto [it, inserted] = seen.emplace(id, item);
    if (inserted) continue;
    diags.error(diag::code::kCollision, *item.pos,
                std::string(kind) + " '" + *item.name + "' and '" + *it->second.name +
                    "' both become the " + std::string(target) + " identifier '" + id +
                    "'; rename one",
                {{*it->second.pos, "'" + *it->second.name + "' is here"}});
  }
}

}  // namespace

void check_collisions(const model::Model& model, diag::Diagnostics& diags) {
  for (const Target& row : targets()) {
    const naming::TargetNaming* target = row.naming;
    if (!target) continue;
    std::vector<Named> providers;
    for (const model::Provider& p : model.providers) {
      providers.push_back({&p.id, &p.pos});
      std::vector<Named> entries;
      entries.reserve(p.entries.size());
      for (const model::Entry& e : p.entries) entries.push_back({&e.name, &e.pos});
      check(entries, target->entry, target->target, p.noun.singular, diags);
      std::vector<Named> use_cases;
      for (const model::UseCase& u : p.use_cases) use_cases.push_back({&u.id, &u.pos});
      check(use_cases, target->use_case, target->target, "use case", diags);
    }
    check(providers, target->provider, target->target, "provider", diags);
  }
  for (const Target& row : targets()) {
    if (row.check_names) row.check_names(model, diags);
  }
}

}  // namespace scopegen::view

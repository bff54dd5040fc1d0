#include "targets/ts/exports.hpp"

#include <map>

#include "targets/ts/naming.hpp"

namespace scopegen::view {

TsExports ts_exports(const model::Provider& p) {
  TsExports n;
  n.ns = naming::identifier(p.id, kTsNaming.provider);
  n.type = n.ns + p.noun.title;
  n.guard = "is" + n.type;
  return n;
}

namespace {

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

}  // namespace

// index.ts re-exports every provider module under three names, beside core.ts's names and the
// app module: two equal names are a duplicate identifier tsc refuses (TS2300), and a table's
// provider id is the only input that can make one. Reported at the provider, the other name as
// a note (at its provider, or at the generated index.ts for a fixed name).
void check_ts_exports(const model::Model& model, diag::Diagnostics& diags) {
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

}  // namespace scopegen::view

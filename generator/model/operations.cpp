#include "model/operations.hpp"

#include <map>

#include "diag/suggest.hpp"

namespace scopegen::model {

std::vector<OperationTable> build_operations(const check::Tables& tables, const Model& model,
                                             diag::Diagnostics& diags) {
  std::vector<OperationTable> out;
  std::map<std::pair<std::string, std::string>, Position> seen;  // (provider, api/id)
  for (const check::OperationTable& table : tables.operations) {
    const Provider* provider = model.provider(table.provider.name);
    if (!provider) {
      std::vector<std::string> ids;
      for (const Provider& p : model.providers) ids.push_back(p.id);
      diags.error(diag::code::kOperationProvider, table.provider.pos,
                  "operation table for provider '" + table.provider.name +
                      "', which no catalogue defines" +
                      diag::did_you_mean(table.provider.name, ids));
      continue;
    }
    OperationTable resolved{provider->id, table.file, table.sources, {}};
    for (const check::OperationRow& row : table.operations) {
      const auto key = std::make_pair(provider->id, row.api + "/" + row.id.name);
      const auto [it, fresh] = seen.emplace(key, row.id.pos);
      if (!fresh) {
        diags.error(diag::code::kOperationDuplicate, row.id.pos,
                    "operation '" + row.id.name + "'" +
                        (row.api.empty() ? "" : " of api '" + row.api + "'") + " is listed twice",
                    {{it->second, "first listed here"}});
        continue;
      }
      Operation op{row.id.name, row.api, row.method, row.path, {}, row.id.pos};
      bool ok = true;
      for (const check::OperationNeed& need : row.needs) {
        OperationNeed n{need.scheme, {}, need.status, need.reason, need.why};
        for (const check::OperationName& name : need.any_of) {
          const auto index = provider->find(name.name);
          if (!index) {
            diags.error(diag::code::kOperationUnknownName, name.pos,
                        "operation '" + row.id.name + "' needs '" + name.name + "', which " +
                            provider->id + "'s catalogue does not define" +
                            diag::did_you_mean(name.name, provider->entries.size(),
                                               [&](std::size_t i) -> std::string_view {
                                                 return provider->entries[i].name;
                                               }));
            ok = false;
            continue;
          }
          n.any_of.push_back(*index);
        }
        op.needs.push_back(std::move(n));
      }
      if (ok) resolved.operations.push_back(std::move(op));
    }
    out.push_back(std::move(resolved));
  }
  return out;
}

}  // namespace scopegen::model

#include "model/operations.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "diag/suggest.hpp"

namespace scopegen::model {

namespace {

std::optional<NeedStatus> need_status(std::string_view s) {
  for (NeedStatus n : {NeedStatus::mapped, NeedStatus::unmapped, NeedStatus::not_available,
                       NeedStatus::no_permission}) {
    if (to_string(n) == s) return n;
  }
  return std::nullopt;
}

std::size_t scheme_count(const Provider& p) {
  return p.schemes.empty() ? 1 : p.schemes.size();
}

// One provider's rows: names resolved, needs in scheme order.
class OperationsBuilder {
 public:
  OperationsBuilder(Provider& p, diag::Diagnostics& diags) : p_(p), diags_(diags) {}

  void add(const check::OperationRow& row) {
    const std::string full = row.api.empty() ? row.id.name : row.api + "." + row.id.name;
    const auto [it, fresh] = seen_.emplace(full, row.id.pos);
    if (!fresh) {
      diags_.error(diag::code::kOperationDuplicate, row.id.pos,
                   "operation '" + row.id.name + "'" +
                       (row.api.empty() ? "" : " of api '" + row.api + "'") + " is listed twice",
                   {{it->second, "first listed here"}});
      return;
    }
    Operation op{"", row.id.name, row.api, row.method, row.path, {}, row.id.pos};
    op.needs.resize(scheme_count(p_));
    std::vector<bool> given(op.needs.size(), false);
    bool ok = true;
    for (const check::OperationNeed& need : row.needs) {
      const auto scheme = scheme_of(need);
      if (!scheme) {
        ok = false;
        continue;
      }
      OperationNeed& n = op.needs[*scheme];
      given[*scheme] = true;
      n.status = need_status(need.status).value_or(NeedStatus::unmapped);
      n.reason = need.reason;
      n.why = need.why;
      for (const check::OperationName& name : need.any_of) {
        if (const auto index = resolve(row, name)) {
          n.any_of.push_back(*index);
        } else {
          ok = false;
        }
      }
    }
    for (Index s = 0; s < given.size(); ++s) {
      if (given[s]) continue;
      diags_.error(diag::code::kOperationScheme, row.id.pos,
                   "operation '" + row.id.name + "' says nothing of " + need_key(p_, s) +
                       "; give its list, or why there is none (unmapped:, not_available:, "
                       "no_permission:)");
      ok = false;
    }
    if (ok) p_.operations.push_back(std::move(op));
  }

  // Keys: the id, unless another api uses it too.
  void finish() {
    std::map<std::string, std::size_t> uses;
    for (const Operation& op : p_.operations) ++uses[op.id];
    for (Index i = 0; i < p_.operations.size(); ++i) {
      Operation& op = p_.operations[i];
      op.key = uses[op.id] > 1 && !op.api.empty() ? op.api + "." + op.id : op.id;
      p_.operation_index.emplace(op.key, i);
    }
  }

 private:
  std::optional<Index> scheme_of(const check::OperationNeed& need) {
    for (Index s = 0; s < scheme_count(p_); ++s) {
      if (need_key(p_, s) == need.scheme) return s;
    }
    std::string known;
    for (Index s = 0; s < scheme_count(p_); ++s) known += (s ? ", " : "") + need_key(p_, s);
    diags_.error(diag::code::kOperationScheme, need.pos,
                 "'" + need.scheme + "' is not a scheme of " + p_.id + " (" + known + ")");
    return std::nullopt;
  }

  std::optional<Index> resolve(const check::OperationRow& row, const check::OperationName& name) {
    if (const auto index = p_.find(name.name)) return index;
    diags_.error(diag::code::kOperationUnknownName, name.pos,
                 "operation '" + row.id.name + "' needs '" + name.name + "', which " + p_.id +
                     "'s catalogue does not define" +
                     diag::did_you_mean(
                         name.name, p_.entries.size(),
                         [&](std::size_t i) -> std::string_view { return p_.entries[i].name; }));
    return std::nullopt;
  }

  Provider& p_;
  diag::Diagnostics& diags_;
  std::map<std::string, Position> seen_;  // api.id
};

std::vector<std::string> path_segments(std::string_view path) {
  std::vector<std::string> out;
  std::istringstream in{std::string(path)};
  for (std::string s; std::getline(in, s, '/');) {
    if (!s.empty()) out.push_back(s);
  }
  return out;
}

std::string ascii_lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool path_matches(const std::string& pattern, const std::string& path) {
  const auto p = path_segments(pattern);
  const auto q = path_segments(path.substr(0, path.find('?')));
  if (p.size() != q.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] == q[i]) continue;
    const bool parameter = !p[i].empty() && p[i].front() == '{';
    if (!parameter && ascii_lower(p[i]) != ascii_lower(q[i])) return false;
  }
  return true;
}

std::vector<Index> find_by_path(const Provider& p, std::string method, const std::string& path) {
  std::transform(method.begin(), method.end(), method.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  std::vector<Index> out;
  for (Index i = 0; i < p.operations.size(); ++i) {
    if (p.operations[i].method == method && p.operations[i].path == path) out.push_back(i);
  }
  if (!out.empty()) return out;
  std::size_t best = 0;
  for (Index i = 0; i < p.operations.size(); ++i) {
    const Operation& op = p.operations[i];
    if (op.method != method || !path_matches(op.path, path)) continue;
    std::size_t literal = 0;
    for (const std::string& s : path_segments(op.path)) literal += s.front() != '{';
    if (literal > best) out.clear();
    if (literal >= best) {
      best = literal;
      out.push_back(i);
    }
  }
  return out;
}

}  // namespace

std::string_view to_string(NeedStatus status) {
  switch (status) {
    case NeedStatus::mapped:
      return "mapped";
    case NeedStatus::unmapped:
      return "unmapped";
    case NeedStatus::not_available:
      return "not_available";
    case NeedStatus::no_permission:
      return "no_permission";
  }
  return "unmapped";
}

std::string need_key(const Provider& p, Index scheme) {
  if (!p.schemes.empty()) return p.schemes[scheme];
  return p.noun.plural;
}

void attach_operations(const check::Tables& tables, std::vector<Provider>& providers,
                       diag::Diagnostics& diags) {
  std::map<std::string, OperationsBuilder> builders;
  for (const check::OperationTable& table : tables.operations) {
    const auto p = std::find_if(providers.begin(), providers.end(),
                                [&](const Provider& x) { return x.id == table.provider.name; });
    if (p == providers.end()) {
      std::vector<std::string> ids;
      for (const Provider& x : providers) ids.push_back(x.id);
      diags.error(diag::code::kOperationProvider, table.provider.pos,
                  "operation table for provider '" + table.provider.name +
                      "', which no catalogue defines" +
                      diag::did_you_mean(table.provider.name, ids));
      continue;
    }
    auto& builder = builders.try_emplace(p->id, *p, diags).first->second;
    p->operation_sources.insert(p->operation_sources.end(), table.sources.begin(),
                                table.sources.end());
    for (const check::OperationRow& row : table.operations) builder.add(row);
  }
  for (auto& [id, builder] : builders) builder.finish();
}

std::vector<Index> find_operations(const Provider& p, const std::string& query) {
  const auto space = query.find(' ');
  if (space != std::string::npos) {
    const auto path_start = query.find_first_not_of(' ', space);
    if (path_start == std::string::npos) return {};
    return find_by_path(p, query.substr(0, space), query.substr(path_start));
  }
  if (const auto it = p.operation_index.find(query); it != p.operation_index.end()) {
    return {it->second};
  }
  std::vector<Index> out;
  for (Index i = 0; i < p.operations.size(); ++i) {
    const Operation& op = p.operations[i];
    if (op.id == query || op.api + "." + op.id == query) out.push_back(i);
  }
  return out;
}

}  // namespace scopegen::model

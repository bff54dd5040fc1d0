#include <map>

#include "model/operations.hpp"
#include "naming/rules.hpp"
#include "targets/common/builders.hpp"
#include "targets/common/common.hpp"
#include "targets/cpp/escape.hpp"
#include "targets/cpp/hash_view.hpp"
#include "targets/cpp/naming.hpp"

// The view of scopegen/<provider>_operations.hpp: the operation enum, its perfect hash, and per
// operation one precomputed row of info and one of needs, so that a table of a thousand
// operations costs the renderer a few values per row.
namespace scopegen::view {

namespace {

using model::Index;
using model::Provider;

std::string operation_ident(const model::Operation& o) {
  return naming::identifier(o.key, kCppOperationRules);
}

/// "Scope::a, Scope::b": a set's members, as the items of a sparse table row.
std::string any_of_literal(const Provider& p, const std::string& enum_name,
                           const std::vector<Index>& members) {
  std::string out;
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (i > 0) out += ", ";
    out += enum_name;
    out += "::";
    out += naming::identifier(p.entries[members[i]].name, kCppNaming.entry);
  }
  return out;
}

/// The distinct any-of sets of a table, each once: a thousand operations need a few hundred sets,
/// and a set the compiler builds once per distinct value, not once per row, keeps the header
/// cheap to compile. `index` maps a set's members to its position in `literals`; the sets are
/// written as a sparse table (core.hpp's SparseRow, keyed by that position), so the header grows
/// with their members, not with sets times catalogue size.
struct AnyOfSets {
  std::vector<std::string> literals;
  std::vector<std::size_t> sizes;
  std::map<std::string, std::size_t> index;

  std::size_t add(std::string literal, std::size_t size) {
    const auto [it, fresh] = index.emplace(literal, literals.size());
    if (fresh) {
      literals.push_back(std::move(literal));
      sizes.push_back(size);
    }
    return it->second;
  }

  /// The view of _sparse_table: a row per non-empty set.
  [[nodiscard]] Json table(const std::string& enum_name) const {
    Json rows = Json::array();
    std::size_t end = 0;
    for (std::size_t i = 0; i < literals.size(); ++i) {
      if (sizes[i] == 0) continue;
      end += sizes[i];
      rows.push_back({{"key", i},
                      {"end", end},
                      {"comment", "set " + std::to_string(i)},
                      {"items", literals[i]}});
    }
    return Json{{"name", "kAnyOfSets"}, {"row_what", "the any-of sets"},
                {"enum", enum_name},    {"row_count", rows.size()},
                {"item_count", end},    {"rows", std::move(rows)}};
  }
};

/// "{NeedStatus::mapped, 3}, {NeedStatus::unmapped, 0}": one row per list, the set by index.
std::string needs_literal(const Provider& p, const std::string& enum_name,
                          const model::Operation& o, AnyOfSets& sets) {
  std::string out;
  for (std::size_t s = 0; s < o.needs.size(); ++s) {
    if (s > 0) out += ", ";
    out += "{NeedStatus::";
    out += model::to_string(o.needs[s].status);
    out += ", ";
    out += std::to_string(
        sets.add(any_of_literal(p, enum_name, o.needs[s].any_of), o.needs[s].any_of.size()));
    out += "}";
  }
  return out;
}

std::string info_literal(const model::Operation& o) {
  std::string out = "OperationInfo{";
  out += cpp_string_view(o.key) + ", ";
  out += cpp_string_view(o.api) + ", ";
  out += cpp_string_view(o.id) + ", ";
  out += cpp_string_view(o.method) + ", ";
  out += cpp_string_view(o.path) + "}";
  return out;
}

/// One entry per list an operation's needs hold: required_broad / need_status_broad, or
/// required / need_status for a provider with one list.
Json scheme_views(const Provider& p) {
  Json out = Json::array();
  const std::size_t count = p.schemes.empty() ? 1 : p.schemes.size();
  for (Index s = 0; s < count; ++s) {
    std::string suffix;  // appended, not "_" + ...: GCC 12 -Wrestrict at -O3
    if (!p.schemes.empty()) {
      suffix += '_';
      suffix += naming::identifier(p.schemes[s], kCppNaming.use_case);
    }
    out.push_back({{"index", s},
                   {"name", cpp_comment(model::need_key(p, s))},
                   {"required_fn", "required" + suffix},
                   {"status_fn", "need_status" + suffix}});
  }
  return out;
}

std::string operations_guard(const std::string& ns) {
  std::string g = "SCOPEGEN_" + ns + "_OPERATIONS_HPP";
  for (char& c : g) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return g;
}

}  // namespace

std::optional<Json> cpp_operations_view(const model::Model&, const Provider& p) {
  if (p.operations.empty()) return std::nullopt;
  const std::string ns = naming::identifier(p.id, kCppNaming.provider);
  const std::string enum_name = p.noun.title;
  Json operations = Json::array();
  AnyOfSets sets;
  sets.add(any_of_literal(p, enum_name, {}), 0);  // 0: the empty set, of every list not mapped
  std::vector<std::string> keys;
  keys.reserve(p.operations.size());
  for (const model::Operation& o : p.operations) {
    keys.push_back(o.key);
    operations.push_back({{"ident", operation_ident(o)},
                          {"comment", cpp_comment(o.method + " " + o.path)},
                          {"key_cpp", cpp_string_view(o.key)},
                          {"info_cpp", info_literal(o)},
                          {"needs_cpp", needs_literal(p, enum_name, o, sets)}});
  }
  Json sources = Json::array();
  for (const std::string& s : p.operation_sources) sources.push_back({{"comment", cpp_comment(s)}});
  const Json flags = feature_flags(p);
  return Json{
      {"banner", banner(operation_files(p), cpp_comment)},
      {"guard", operations_guard(ns)},
      {"ns", ns},
      {"header", p.id},
      {"provider_comment", cpp_comment(p.name)},
      {"noun", p.noun.singular},
      {"enum", enum_name},
      {"set", enum_name + "Set"},
      {"underlying", cpp_enum_underlying(p.operations.size())},
      {"count", p.operations.size()},
      {"operations", std::move(operations)},
      {"sources", std::move(sources)},
      {"any_of_sets", sets.table(enum_name)},
      {"any_of_index_type", cpp_smallest_unsigned(sets.literals.size() - 1)},
      {"phf", cpp_perfect_hash_view(keys, {"kOperation", "kOperationKeys", "key", "Operation"})},
      {"scheme_count", p.schemes.empty() ? 1 : p.schemes.size()},
      {"schemes", scheme_views(p)},
      {"current_scheme", p.current_scheme()},
      {"has_implications", flags["has_implications"]},
  };
}

void check_cpp_operation_names(const model::Model& m, diag::Diagnostics& diags) {
  for (const Provider& p : m.providers) {
    std::map<std::string, const model::Operation*> seen;
    for (const model::Operation& o : p.operations) {
      const std::string id = operation_ident(o);
      const auto [it, fresh] = seen.emplace(id, &o);
      if (fresh) continue;
      diags.error(diag::code::kCollision, o.pos,
                  "operation '" + o.key + "' and '" + it->second->key +
                      "' both become the C++ identifier '" + id + "'; rename one",
                  {{it->second->pos, "'" + it->second->key + "' is here"}});
    }
  }
}

}  // namespace scopegen::view

#include <string>
#include <vector>

#include "model/operations.hpp"
#include "naming/rules.hpp"
#include "targets/common/builders.hpp"
#include "targets/common/common.hpp"
#include "targets/ts/escape.hpp"
#include "targets/ts/exports.hpp"
#include "targets/ts/naming.hpp"

// The TypeScript operations module: templates/ts/{provider}.{operations}.ts, one per provider
// with an operation table. It imports the provider's scope module (its enum, info table and
// grant parser) and nothing else, so a bundle holding Xero's operations holds no Stripe code.
namespace scopegen::view {

namespace {

/// The scope module's names the operations module uses.
struct TsOpNames {
  std::string type;           // XeroScope
  std::string info;           // scopeInfo
  std::string info_type;      // ScopeInfo
  std::string parse_granted;  // parseScopeString, or parsePermissions for a list of names
  std::string granted_type;   // string, or Iterable<string>
};

TsOpNames ts_op_names(const model::Provider& p) {
  const std::string& noun = p.noun.singular;
  const std::string& Noun = p.noun.title;
  const bool grant_string = p.grant_format != model::GrantFormat::none;
  return {ts_exports(p).type, noun + "Info", Noun + "Info",
          grant_string ? "parseScopeString" : "parse" + Noun + "s",
          grant_string ? "string" : "Iterable<string>"};
}

/// "[XeroScope.A, XeroScope.B]"
std::string ts_op_members(const model::Provider& p, const TsOpNames& n,
                          const std::vector<model::Index>& indices) {
  std::vector<std::string> parts;
  for (model::Index i : indices) {
    parts.push_back(n.type + "." + naming::identifier(p.entries[i].name, kTsNaming.entry));
  }
  std::string out = "[";
  out += join(parts, ", ");
  out += ']';
  return out;
}

/// One scheme's list as the module names it: the property of the info table (broad,
/// granular, permissions), and its accessor (requiredBroad, or required alone).
struct TsOpScheme {
  std::string prop;
  std::string fn;
};

std::vector<TsOpScheme> ts_op_schemes(const model::Provider& p) {
  std::vector<TsOpScheme> out;
  for (model::Index s = 0; s < p.operations.front().needs.size(); ++s) {
    const std::string key = model::need_key(p, s);
    out.push_back(
        {naming::identifier(key, kTsNaming.use_case),
         p.schemes.empty() ? "required" : "required" + naming::identifier(key, kTsNaming.entry)});
  }
  return out;
}

}  // namespace

std::optional<Json> ts_operations_view(const model::Model&, const model::Provider& p) {
  if (p.operations.empty()) return std::nullopt;
  const TsExports exports = ts_exports(p);
  const TsOpNames n = ts_op_names(p);
  const std::vector<TsOpScheme> schemes = ts_op_schemes(p);
  Json operations = Json::array();
  for (const model::Operation& op : p.operations) {
    Json needs = Json::array();
    for (model::Index s = 0; s < schemes.size(); ++s) {
      const model::OperationNeed& need = op.needs[s];
      needs.push_back({{"prop", schemes[s].prop},
                       {"status_ts", ts_string(model::to_string(need.status))},
                       {"any_of", ts_op_members(p, n, need.any_of)}});
    }
    operations.push_back({{"key_ts", ts_string(op.key)},
                          {"comment", ts_comment(op.method + " " + op.path)},
                          {"api_ts", ts_string(op.api)},
                          {"method_ts", ts_string(op.method)},
                          {"path_ts", ts_string(op.path)},
                          {"needs", std::move(needs)}});
  }
  // canCall: any scheme allows the call. missingFor: the current scheme's list, or the
  // retiring one's when the current scheme has none for this operation.
  std::vector<std::string> allows;
  Json scheme_views = Json::array();
  for (const TsOpScheme& s : schemes) {
    allows.push_back("allows(info." + s.prop + ", has)");
    scheme_views.push_back({{"prop", s.prop}, {"fn", s.fn}});
  }
  std::string missing = "info." + schemes.back().prop + ".anyOf";
  if (!p.schemes.empty()) {
    const std::string current = schemes[model::Provider::kCurrentScheme].prop;
    const std::string retiring = schemes[model::Provider::kRetiringScheme].prop;
    missing = "info." + current + ".status === \"mapped\" ? info." + current + ".anyOf : info." +
              retiring + ".anyOf";
  }
  return Json{
      {"banner", banner(operation_files(p), ts_comment)},
      {"provider_comment", ts_comment(p.name)},
      {"noun", p.noun.singular},
      {"type", n.type},
      {"info", n.info},
      {"info_type", n.info_type},
      {"parse_granted", n.parse_granted},
      {"granted_type", n.granted_type},
      {"module_ts", ts_string("./" + p.id + ".js")},
      {"op_type", exports.ns + "Operation"},
      {"op_guard", "is" + exports.ns + "Operation"},
      {"operations", std::move(operations)},
      {"schemes", std::move(scheme_views)},
      {"allows_any", join(allows, " || ")},
      {"missing_pick", missing},
  };
}

}  // namespace scopegen::view

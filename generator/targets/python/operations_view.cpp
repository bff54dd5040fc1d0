#include <string>
#include <vector>

#include "model/operations.hpp"
#include "naming/rules.hpp"
#include "targets/common/builders.hpp"
#include "targets/common/common.hpp"
#include "targets/python/escape.hpp"
#include "targets/python/naming.hpp"

// The Python operations module: templates/python/scopegen/{provider}_{operations}.py, one per
// provider with an operation table, importing only the provider's own module.
namespace scopegen::view {

namespace {

/// {"Scope.A", "Scope.B"}: the provider's enum members.
std::vector<std::string> py_op_parts(const model::Provider& p, const std::string& type,
                                     const std::vector<model::Index>& indices) {
  std::vector<std::string> parts;
  for (model::Index i : indices) {
    parts.push_back(type + "." + naming::identifier(p.entries[i].name, kPythonNaming.entry));
  }
  return parts;
}

/// "(Scope.A, Scope.B)", "(Scope.A,)", "()": a tuple of the provider's enum members.
std::string py_op_members(const model::Provider& p, const std::string& type,
                          const std::vector<model::Index>& indices) {
  const std::vector<std::string> parts = py_op_parts(p, type, indices);
  std::string out = "(";
  out += join(parts, ", ");
  if (parts.size() == 1) out += ',';
  out += ')';
  return out;
}

/// "frozenset[Scope]({Scope.A, Scope.B})" of a non-empty list.
std::string py_op_set(const model::Provider& p, const std::string& type,
                      const std::vector<model::Index>& indices) {
  std::string out = "frozenset[";
  out += type;
  out += "]({";
  out += join(py_op_parts(p, type, indices), ", ");
  out += "})";
  return out;
}

}  // namespace

std::optional<Json> python_operations_view(const model::Model&, const model::Provider& p) {
  if (p.operations.empty()) return std::nullopt;
  const std::string type = p.noun.title;
  // One field and accessor per scheme: broad -> required_broad; one list -> required.
  Json schemes = Json::array();
  std::vector<std::string> fields;
  for (model::Index s = 0; s < p.operations.front().needs.size(); ++s) {
    const std::string field = naming::identifier(model::need_key(p, s), kPythonNaming.provider);
    fields.push_back(field);
    schemes.push_back(
        {{"field", field}, {"fn", p.schemes.empty() ? "required" : "required_" + field}});
  }
  Json operations = Json::array();
  for (const model::Operation& op : p.operations) {
    std::vector<std::string> needs;
    for (const model::OperationNeed& need : op.needs) {
      std::string n = "Need(";
      n += py_string(model::to_string(need.status));
      n += ", ";
      n += py_op_members(p, type, need.any_of);
      n += ')';
      needs.push_back(std::move(n));
    }
    operations.push_back({{"key_py", py_string(op.key)},
                          {"comment", py_comment(op.method + " " + op.path)},
                          {"api_py", py_string(op.api)},
                          {"method_py", py_string(op.method)},
                          {"path_py", py_string(op.path)},
                          {"needs", join(needs, ", ")}});
  }
  // What a granted name implies counts as granted; only names that imply something are listed.
  Json implied = Json::array();
  for (model::Index i = 0; i < p.entries.size(); ++i) {
    const model::Entry& e = p.entries[i];
    if (e.implied_closure.empty()) continue;
    implied.push_back({{"member", type + "." + naming::identifier(e.name, kPythonNaming.entry)},
                       {"closure", py_op_set(p, type, e.implied_closure)}});
  }
  std::vector<std::string> allows;
  for (const std::string& f : fields) allows.push_back("_allows(info." + f + ", has)");
  std::string missing = "info." + fields.back() + ".any_of";
  if (!p.schemes.empty()) {
    const std::string& current = fields[model::Provider::kCurrentScheme];
    const std::string& retiring = fields[model::Provider::kRetiringScheme];
    missing = "info." + current + ".any_of if info." + current +
              ".status == \"mapped\" else info." + retiring + ".any_of";
  }
  return Json{{"banner", banner(operation_files(p), py_comment)},
              {"provider_comment", py_comment(p.name)},
              {"module", python_module(p.id)},
              {"type", type},
              {"noun", p.noun.singular},
              {"schemes", std::move(schemes)},
              {"operations", std::move(operations)},
              {"implied", std::move(implied)},
              {"allows_any", join(allows, " or ")},
              {"missing_pick", missing}};
}

}  // namespace scopegen::view

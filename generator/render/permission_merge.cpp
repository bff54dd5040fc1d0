#include "render/permission_merge.hpp"

#include <algorithm>

namespace scopegen::render {

namespace {

// An entry's permission name; "" for an entry that is not `{permission: NAME, ...}`.
std::string name_of(const nlohmann::ordered_json& entry) {
  if (!entry.is_object()) return "";
  const auto it = entry.find("permission");
  return it != entry.end() && it->is_string() ? it->get<std::string>() : "";
}

const nlohmann::ordered_json* find(const nlohmann::ordered_json& list, const std::string& name) {
  if (!list.is_array()) return nullptr;
  const auto it = std::find_if(list.begin(), list.end(),
                               [&](const nlohmann::ordered_json& e) { return name_of(e) == name; });
  return it != list.end() ? &*it : nullptr;
}

}  // namespace

PermissionChanges merge_permissions(const nlohmann::ordered_json& current,
                                    const nlohmann::ordered_json& wanted, bool prune) {
  PermissionChanges out;
  out.permissions = nlohmann::ordered_json::array();
  for (const nlohmann::ordered_json& entry : wanted) {
    const std::string name = name_of(entry);
    const nlohmann::ordered_json* before = find(current, name);
    if (!before) {
      out.added.push_back(name);
    } else if (before->value("purpose", nlohmann::ordered_json()) !=
               entry.value("purpose", nlohmann::ordered_json())) {
      out.repurposed.push_back(name);
    }
    out.permissions.push_back(entry);
  }
  if (!current.is_array()) return out;
  for (const nlohmann::ordered_json& entry : current) {
    const std::string name = name_of(entry);
    if (!name.empty() && find(wanted, name)) continue;
    const std::string shown = name.empty() ? entry.dump() : name;
    if (prune) {
      out.removed.push_back(shown);
    } else {
      out.unrequested.push_back(shown);
      out.permissions.push_back(entry);
    }
  }
  return out;
}

}  // namespace scopegen::render

#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace scopegen::render {

/// What merging the profile's permissions into an existing manifest changes, by permission name.
struct PermissionChanges {
  nlohmann::ordered_json permissions;    // the array to write
  std::vector<std::string> added;        // in the profile, not in the manifest
  std::vector<std::string> repurposed;   // in both, with another purpose
  std::vector<std::string> removed;      // in the manifest only, dropped (prune)
  std::vector<std::string> unrequested;  // in the manifest only, kept (no prune)
};

/// The profile's permissions (`wanted`, in its order) merged over the manifest's (`current`:
/// its `permissions` array, or null). A permission the manifest holds and the profile does not
/// request is kept after the profile's ones, unless `prune` (as `stripe apps revoke permission`
/// would): an existing permission is never dropped without the user asking.
/// {current: [a, x], wanted: [a', b], prune: false} -> [a', b, x]; repurposed a, added b,
/// unrequested x.
[[nodiscard]] PermissionChanges merge_permissions(const nlohmann::ordered_json& current,
                                                  const nlohmann::ordered_json& wanted, bool prune);

}  // namespace scopegen::render

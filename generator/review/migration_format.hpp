#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "review/migration.hpp"

namespace scopegen::review {

/// For people: one block per use case and one for the app.
[[nodiscard]] std::string migration_text(const std::vector<ProviderMigration>& report);

/// For tools: the same facts as JSON (keys in a fixed order).
[[nodiscard]] nlohmann::ordered_json migration_json(const std::vector<ProviderMigration>& report);

}  // namespace scopegen::review

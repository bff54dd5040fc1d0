#pragma once

#include <string>

namespace scopegen::write {

/// A unified diff (3 lines of context) from `before` to `after`, headed "--- a_name" /
/// "+++ b_name"; empty when they are equal. Very large files get a one-line summary instead.
[[nodiscard]] std::string unified_diff(const std::string& before, const std::string& after,
                                       const std::string& a_name, const std::string& b_name);

}  // namespace scopegen::write

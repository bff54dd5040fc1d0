#pragma once

#include <map>
#include <set>
#include <string>

/// What rendering hands the writer, in a header of its own so that `write/` depends on
/// nothing but `diag/` and this.
namespace scopegen::output {

/// Relative output path ("cpp/scopegen/<provider>.hpp") -> bytes. Sorted, so every consumer of
/// it (writer, --check, --list-outputs, the depfile) sees one order.
using OutputSet = std::map<std::string, std::string>;

/// The targets a run renders (`--targets cpp,ts`): the top folders of the output directory it
/// owns. Empty: every target. Files of other targets that an earlier run wrote are left alone.
struct OutputScope {
  std::set<std::string> targets;

  /// "cpp/scopegen/xero.hpp" is covered by {"cpp"}; everything by {}.
  [[nodiscard]] bool covers(const std::string& relative) const {
    return targets.empty() || targets.count(relative.substr(0, relative.find('/'))) != 0;
  }
};

}  // namespace scopegen::output

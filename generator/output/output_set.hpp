#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

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
  /// The form a target with a choice writes its files in (`--ts-style const`): target name ->
  /// style. A target absent here writes its default form.
  std::map<std::string, std::string, std::less<>> styles = {};

  /// The style chosen for `target`, or "" (its default).
  [[nodiscard]] std::string_view style(std::string_view target) const {
    const auto it = styles.find(target);
    return it == styles.end() ? std::string_view{} : std::string_view{it->second};
  }

  /// "cpp/scopegen/xero.hpp" is covered by {"cpp"}; everything by {}.
  [[nodiscard]] bool covers(const std::string& relative) const {
    return targets.empty() || targets.count(relative.substr(0, relative.find('/'))) != 0;
  }
};

}  // namespace scopegen::output

#pragma once

#include <map>
#include <string>

/// What rendering hands the writer, in a header of its own so that `write/` depends on
/// nothing but `diag/` and this.
namespace scopegen::output {

/// Relative output path ("cpp/scopegen/<provider>.hpp") -> bytes. Sorted, so every consumer of
/// it (writer, --check, --list-outputs, the depfile) sees one order.
using OutputSet = std::map<std::string, std::string>;

}  // namespace scopegen::output

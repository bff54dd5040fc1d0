#pragma once

#include <compare>
#include <string>

namespace scopegen::diag {

/// Where something came from: a file and a 1-based line and column (0 when unknown).
/// yaml-cpp marks are 0-based; load::SourceMap adds 1, once, when it records them.
struct Position {
  std::string file;
  int line = 0;
  int column = 0;

  auto operator<=>(const Position&) const = default;
};

/// "data/xero.yaml:14:5", "data/xero.yaml" when the line is unknown.
[[nodiscard]] std::string to_string(const Position& pos);

}  // namespace scopegen::diag

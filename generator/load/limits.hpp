#pragma once

#include <cstddef>

namespace scopegen::load {

/// Bounds that keep a hostile or broken input from taking the build down. A table that hits one
/// gets an E107 diagnostic naming the limit. Real tables are far below each (data/ is ~100 KB).
struct Limits {
  std::size_t max_file_bytes = 64u * 1024 * 1024;  // a 50 MB table still loads
  std::size_t max_nodes = 4'000'000;               // values, counting alias expansions
  std::size_t max_depth = 256;                     // nesting of mappings and sequences
};

}  // namespace scopegen::load

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

/// Bounds on rendering, which the tables and --templates DIR drive together: a template set
/// can describe output far larger than anything it was given, and kainjow has no bound of its
/// own. Here, beside the input limits, so every limit is in one place (render/ reads them).
struct RenderLimits {
  // Partials nesting in partials (E505): kainjow recurses once per level, so a partial that
  // includes itself ran off the stack. The built-in templates nest 1 deep.
  std::size_t max_partial_depth = 32;
  // Output, all of which is held in memory until the writer runs (E506 for one file, E507
  // for a run). generated/ is under 1 MB; a table at max_file_bytes gives far less than this.
  std::size_t max_output_file_bytes = 256u * 1024 * 1024;
  std::size_t max_output_run_bytes = 1024u * 1024 * 1024;
};

}  // namespace scopegen::load

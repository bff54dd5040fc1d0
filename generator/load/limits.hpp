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
  // for a run). generated/ is under 1 MB; the 50 MB table of tests/robustness/large_table.sh
  // gives a 141 MB TypeScript module and 330 MB in all, a table at max_file_bytes 1.3 times that.
  std::size_t max_output_file_bytes = 512u * 1024 * 1024;
  std::size_t max_output_run_bytes = 2048u * 1024 * 1024;
  // Work per file (E506): every lookup, section item and partial kainjow takes (a partial
  // counting its length too, as kainjow parses it again each time), up to a base plus so many
  // per value of the view the file renders. Nested sections can print nothing over and over,
  // which no output limit sees. The templates take a few steps per value: the 50 MB table of
  // tests/robustness/large_table.sh (4 million values) takes 5 million for its C++ header.
  std::size_t max_render_steps = 2'000'000;  // half a second of kainjow
  std::size_t max_render_steps_per_value = 64;
};

}  // namespace scopegen::load

// Compile cost of using the 2,000-scope header: parse, to_string, sets and parse_scope_string called.
#include <scopegen/synth.hpp>

#include <string_view>

int use_synth(std::string_view name, std::string_view granted) {
  namespace synth = scopegen::synth;
  int r = 0;
  if (const auto s = synth::parse(name)) r += static_cast<int>(synth::to_string(*s).size());
  const auto parsed = synth::parse_scope_string(granted);
  r += static_cast<int>(parsed.known.missing(synth::kAlwaysRequired).size());
  r += static_cast<int>(synth::scope_string(parsed.known).size());
  return r;
}

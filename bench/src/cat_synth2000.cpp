// The synthetic 2,000-name catalogue (scopegen_bench_synth --scopes 2000), generated at build time.
#include <scopegen/synth.hpp>

#include "catalogue_bench.hpp"
#include "synth_gperf.hpp"  // gperf over the same names (the synth tool writes its input)

namespace {
struct Synth2000 {
  static constexpr const char* kLabel = "synth2000";
  static constexpr std::uint64_t kSeed = 2000;
  using E = scopegen::synth::Scope;
  using Set = scopegen::synth::ScopeSet;
  static constexpr const auto& kNames = scopegen::synth::detail::kNames;
  static constexpr bool kHasScopeString = true;
  static constexpr std::optional<E> parse(std::string_view s) noexcept {
    return scopegen::synth::parse(s);
  }
  static constexpr std::string_view to_string(E e) noexcept {
    return scopegen::synth::to_string(e);
  }
  static scopegen::synth::ParsedScopes parse_scope_string(std::string_view s) {
    return scopegen::synth::parse_scope_string(s);
  }
  static const synth_gperf_entry* gperf_lookup(const char* s, std::size_t n) {
    return synth_gperf::lookup(s, n);
  }
};
}  // namespace

bool bench::register_synth2000() {
  return register_catalogue<Synth2000>();
}

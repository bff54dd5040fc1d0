// Xero's real catalogue (data/xero.yaml): OAuth scopes, with parse_scope_string.
#include <scopegen/xero.hpp>

#include "catalogue_bench.hpp"
#include "xero_gperf.hpp"  // gperf over the same names (written at build time by scopegen_bench_gperf_input)

namespace {
struct Xero {
  static constexpr const char* kLabel = "xero";
  static constexpr std::uint64_t kSeed = 60;
  using E = scopegen::xero::Scope;
  using Set = scopegen::xero::ScopeSet;
  static constexpr const auto& kNames = scopegen::xero::detail::kNames;
  static constexpr bool kHasScopeString = true;
  static constexpr std::optional<E> parse(std::string_view s) noexcept {
    return scopegen::xero::parse(s);
  }
  static constexpr std::string_view to_string(E e) noexcept { return scopegen::xero::to_string(e); }
  static scopegen::xero::ParsedScopes parse_scope_string(std::string_view s) {
    return scopegen::xero::parse_scope_string(s);
  }
  static const xero_gperf_entry* gperf_lookup(const char* s, std::size_t n) {
    return xero_gperf::lookup(s, n);
  }
};
}  // namespace

bool bench::register_xero() {
  return register_catalogue<Xero>();
}

// Stripe Apps' real permission table (data/stripe.yaml): no token responses, so no scope string.
#include <scopegen/stripe.hpp>

#include "catalogue_bench.hpp"
#include "stripe_gperf.hpp"  // gperf over the same names (written at build time by scopegen_bench_gperf_input)

namespace {
struct Stripe {
  static constexpr const char* kLabel = "stripe";
  static constexpr std::uint64_t kSeed = 132;
  using E = scopegen::stripe::Permission;
  using Set = scopegen::stripe::PermissionSet;
  static constexpr const auto& kNames = scopegen::stripe::detail::kNames;
  static constexpr bool kHasScopeString = false;
  static constexpr std::optional<E> parse(std::string_view s) noexcept {
    return scopegen::stripe::parse(s);
  }
  static constexpr std::string_view to_string(E e) noexcept {
    return scopegen::stripe::to_string(e);
  }
  static const stripe_gperf_entry* gperf_lookup(const char* s, std::size_t n) {
    return stripe_gperf::lookup(s, n);
  }
};
}  // namespace

bool bench::register_stripe() {
  return register_catalogue<Stripe>();
}

// Stripe's operation keys (data/stripe.operations.yaml): parse_operation() against gperf and
// unordered_map over the same keys, lookups only (issue 14: the same ratios as scope parse are
// the target). A TU of its own: two gperf outputs in one TU define the same macros and tables.
#include <scopegen/stripe_operations.hpp>

#include "catalogue_bench.hpp"
#include "stripe_ops_gperf.hpp"  // gperf over the same keys (scopegen_bench_gperf_input)

namespace {
struct StripeOps {
  static constexpr const char* kLabel = "stripe_ops";
  static constexpr std::uint64_t kSeed = 556;
  using E = scopegen::stripe::Operation;
  static constexpr const auto& kNames = scopegen::stripe::detail::kOperationKeys;
  static constexpr std::optional<E> parse(std::string_view s) noexcept {
    return scopegen::stripe::parse_operation(s);
  }
  static const stripe_ops_gperf_entry* gperf_lookup(const char* s, std::size_t n) {
    return stripe_ops_gperf::lookup(s, n);
  }
};
}  // namespace

bool bench::register_stripe_operations() {
  return register_lookups<StripeOps>(workload_of<StripeOps>());
}

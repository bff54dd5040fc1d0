// Xero's operation keys (data/xero.operations.yaml): parse_operation() against gperf and
// unordered_map over the same keys, lookups only (issue 14: the same ratios as scope parse are
// the target). A TU of its own: two gperf outputs in one TU define the same macros and tables.
#include <scopegen/xero_operations.hpp>

#include "catalogue_bench.hpp"
#include "xero_ops_gperf.hpp"  // gperf over the same keys (scopegen_bench_gperf_input)

namespace {
struct XeroOps {
  static constexpr const char* kLabel = "xero_ops";
  static constexpr std::uint64_t kSeed = 477;
  using E = scopegen::xero::Operation;
  static constexpr const auto& kNames = scopegen::xero::detail::kOperationKeys;
  static constexpr std::optional<E> parse(std::string_view s) noexcept {
    return scopegen::xero::parse_operation(s);
  }
  static const xero_ops_gperf_entry* gperf_lookup(const char* s, std::size_t n) {
    return xero_ops_gperf::lookup(s, n);
  }
};
}  // namespace

bool bench::register_xero_operations() {
  return register_lookups<XeroOps>(workload_of<XeroOps>());
}

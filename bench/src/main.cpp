// scopegen_bench: generated lookups, to_string, sets and scope strings against the alternatives
// (docs/benchmarks.md). Every method is checked on every name and every miss before anything is
// timed; a failed check exits 1. bench/run.sh runs it with repetitions and reads the JSON.
#include <benchmark/benchmark.h>

#include <cstdio>

#include "registry.hpp"

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  const bool ok = bench::register_xero() && bench::register_stripe() &&
                  bench::register_synth2000() && bench::register_xero_operations() &&
                  bench::register_stripe_operations();
  if (!ok) {
    std::fprintf(stderr, "scopegen_bench: a check failed; nothing timed\n");
    return 1;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

// scopegen_bench_gperf_input DIR: writes DIR/xero.gperf and DIR/stripe.gperf, gperf input over
// the names of the generated headers (and DIR/xero_ops.gperf, DIR/stripe_ops.gperf over the
// operation keys) (so gperf sees exactly the names, in enumerator order, that
// scopegen's parse() knows). The synthetic catalogues get theirs from scopegen_bench_synth.
#include <scopegen/stripe.hpp>
#include <scopegen/stripe_operations.hpp>
#include <scopegen/xero.hpp>
#include <scopegen/xero_operations.hpp>

#include <cstdio>
#include <fstream>
#include <string>

namespace {

template <typename Names>
bool write(const std::string& dir, const std::string& id, const Names& names) {
  std::ofstream g(dir + "/" + id + ".gperf", std::ios::binary);
  g << "%language=C++\n%compare-lengths\n%readonly-tables\n%global-table\n%struct-type\n"
    << "%define class-name " << id << "_gperf\n%define lookup-function-name lookup\n"
    << "%define initializer-suffix ,-1\n%define word-array-name " << id << "_gperf_words\n"
    << "%{\n// Written by scopegen_bench_gperf_input. Do not edit.\n#include <cstring>\n%}\n"
    << "struct " << id << "_gperf_entry { const char* name; int index; };\n%%\n";
  for (std::size_t i = 0; i < names.size(); ++i) g << names[i] << ", " << i << "\n";
  g << "%%\n";
  return static_cast<bool>(g);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: scopegen_bench_gperf_input DIR\n");
    return 2;
  }
  const bool ok = write(argv[1], "xero", scopegen::xero::detail::kNames) &&
                  write(argv[1], "stripe", scopegen::stripe::detail::kNames) &&
                  write(argv[1], "xero_ops", scopegen::xero::detail::kOperationKeys) &&
                  write(argv[1], "stripe_ops", scopegen::stripe::detail::kOperationKeys);
  return ok ? 0 : 1;
}

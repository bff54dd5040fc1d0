#!/usr/bin/env bash
# The unit and golden tests under AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer
# (clang; the build is shared with tests/fuzz/run.sh). Fails on any test failure or report.
#   bash tests/sanitize/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir=${SANITIZE_BUILD_DIR:-build/asan}

bash tests/sanitize/build.sh scopegen_unit_tests scopegen_golden_tests
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Readable stacks: clang's symbolizer, wherever Debian put it.
if ! command -v llvm-symbolizer >/dev/null; then
  for s in /usr/lib/llvm-*/bin/llvm-symbolizer; do [[ -x $s ]] && export ASAN_SYMBOLIZER_PATH=$s; done
fi
for t in scopegen_unit_tests scopegen_golden_tests; do
  echo "sanitize: $t"
  "$build_dir/bin/$t" --minimal
done
echo "sanitize: unit and golden tests pass under ASan, LSan and UBSan"

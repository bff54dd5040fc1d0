#!/usr/bin/env bash
# The unit and golden tests, then every robustness test (ctest -L robustness: the executable run
# from the outside, killed, starved, fed hostile tables), under AddressSanitizer, LeakSanitizer
# and UndefinedBehaviorSanitizer (clang; the build is shared with tests/fuzz/run.sh). Fails on any
# test failure or sanitizer report, even one from a run whose exit status a test ignores.
#   bash tests/sanitize/run.sh
#   SANITIZE_ROBUSTNESS=0 bash tests/sanitize/run.sh     # the unit and golden tests only
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir=${SANITIZE_BUILD_DIR:-build/asan}
robustness=${SANITIZE_ROBUSTNESS:-1}

targets=(scopegen_unit_tests scopegen_golden_tests)
# The robustness tests' executable and what they compile (the hostile strings' round trip).
# Every target the robustness tests run or read (tests/robustness/CMakeLists.txt).
((robustness)) && targets+=(scopegen hostile_generate hostile_roundtrip_cxx17 hostile_roundtrip_cxx20
  accepted_generate accepted_compiles_cxx17 accepted_compiles_gnuxx17 accepted_compiles_cxx20
  shapes_generate provider_shapes_cxx17 provider_shapes_cxx20)
bash tests/sanitize/build.sh "${targets[@]}"
# halt_on_error and abort_on_error: the first report ends the process with SIGABRT, which no
# expected exit code matches.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1
# Readable stacks: clang's symbolizer, wherever Debian put it.
if ! command -v llvm-symbolizer >/dev/null; then
  for s in /usr/lib/llvm-*/bin/llvm-symbolizer; do [[ -x $s ]] && export ASAN_SYMBOLIZER_PATH=$s; done
fi
for t in scopegen_unit_tests scopegen_golden_tests; do
  echo "sanitize: $t"
  "$build_dir/bin/$t" --minimal
done
echo "sanitize: unit and golden tests pass under ASan, LSan and UBSan"
((robustness)) || exit 0

# The robustness scripts run scopegen many times, some with `|| true`, some expecting a failure:
# every report also goes to a file of its own (log_path, one per process), and any file there
# fails the run whatever the tests said.
reports=$(cd "$build_dir" && pwd)/sanitizer-reports
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS=$ASAN_OPTIONS:log_path=$reports/asan
export UBSAN_OPTIONS=$UBSAN_OPTIONS:log_path=$reports/ubsan
echo "sanitize: robustness tests"
status=0
ctest --test-dir "$build_dir" -L robustness --output-on-failure -j "$(nproc)" || status=$?
if compgen -G "$reports/*" >/dev/null; then
  echo "sanitize: sanitizer reports from the robustness tests:" >&2
  for f in "$reports"/*; do
    echo "--- $f" >&2
    head -n 80 "$f" >&2
  done
  exit 1
fi
((status == 0)) || exit "$status"
echo "sanitize: robustness tests pass under ASan, LSan and UBSan, no report"

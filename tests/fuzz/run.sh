#!/usr/bin/env bash
# Builds the libFuzzer target (tests/fuzz/pipeline_fuzzer.cpp) with AddressSanitizer, UBSan
# and LeakSanitizer, seeds it from data/, tests/cases/ and tests/ts/edge/, and fuzzes for a
# bounded time. Fails on any crash, leak, sanitizer report, timeout or out-of-memory; the
# input that caused it is kept in the build directory and printed.
#   bash tests/fuzz/run.sh                 # about a minute
#   FUZZ_SECONDS=600 bash tests/fuzz/run.sh
# Reproduce a failure: build/asan/fuzz/pipeline_fuzzer build/asan/fuzz/crash-...
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
build_dir=${SANITIZE_BUILD_DIR:-build/asan}
seconds=${FUZZ_SECONDS:-60}

bash tests/sanitize/build.sh scopegen_core
work=$build_dir/fuzz
mkdir -p "$work"
fuzzer=$work/pipeline_fuzzer
# The target's flags: the library's (build.sh), plus the libFuzzer main.
clang++ -std=c++20 -O1 -g -fno-omit-frame-pointer \
  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
  -DSCOPEGEN_TEMPLATES_DIR="\"$repo/templates\"" \
  -I generator -I "$build_dir/generator/generated" \
  tests/fuzz/pipeline_fuzzer.cpp "$build_dir/generator/libscopegen_core.a" -lyaml-cpp \
  -o "$fuzzer"

# A fresh corpus each run: seeds from the tree (what the fuzzer finds is not kept between runs,
# so a run's result depends only on the tree and the time).
rm -rf "$work/corpus"
bash tests/fuzz/make_corpus.sh "$work/corpus" >/dev/null

# -timeout: one input taking longer is a hang; -rss_limit_mb: one run using more is unbounded
# memory. -max_len lets seeds the size of data/ through. Two workers use both CI cores.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Readable stacks: clang's symbolizer, wherever Debian put it.
if ! command -v llvm-symbolizer >/dev/null; then
  for s in /usr/lib/llvm-*/bin/llvm-symbolizer; do [[ -x $s ]] && export ASAN_SYMBOLIZER_PATH=$s; done
fi
cd "$work"
rm -f crash-* leak-* timeout-* oom-* slow-unit-* fuzz-*.log
status=0
"$PWD/pipeline_fuzzer" corpus -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
  -max_len=262144 -jobs=2 -workers=2 -print_final_stats=1 >/dev/null 2>&1 || status=$?
found=$(ls crash-* leak-* timeout-* oom-* 2>/dev/null || true)
if ((status != 0)) || [[ -n $found ]]; then
  echo "fuzz: FAILED (exit $status); inputs: ${found:-none}" >&2
  tail -n 60 fuzz-*.log >&2 || true
  echo "reproduce: $build_dir/fuzz/pipeline_fuzzer $build_dir/fuzz/<input>" >&2
  exit 1
fi
grep -h "^Done .* runs" fuzz-*.log || true
echo "fuzz: ${seconds}s, no crash, leak, hang or sanitizer report"

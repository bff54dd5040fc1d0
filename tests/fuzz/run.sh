#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer, UBSan and LeakSanitizer, seeds each from the
# tree (tests/fuzz/make_corpus.sh) and fuzzes each for a bounded time:
#   pipeline   tables through load, check, build, naming and render (pipeline_fuzzer.cpp)
#   merge      the stripe-app.json of `manifest stripe --merge` (merge_fuzzer.cpp)
#   templates  the files of a `--templates DIR` against a real model (templates_fuzzer.cpp)
# Fails on any crash, leak, sanitizer report, out-of-memory or input taking over 2 s; the input
# that caused it is kept in the target's directory and printed.
#   bash tests/fuzz/run.sh                                  # 30 s per target, about 2 minutes
#   FUZZ_SECONDS=600 FUZZ_JOBS=1 bash tests/fuzz/run.sh     # 10 minutes per target, one core
# Environment: FUZZ_SECONDS [30] per target; FUZZ_TARGETS ["pipeline merge templates"];
# FUZZ_JOBS [2] processes per target; FUZZ_SEED [0: a fresh random seed, printed] to replay a run;
# FUZZ_KEEP_GOING=1 goes on past a finding (libFuzzer's -fork mode) and lists every one at the end.
# Reproduce a finding: build/asan/fuzz/<target>_fuzzer build/asan/fuzz/<target>/crash-...
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
build_dir=${SANITIZE_BUILD_DIR:-build/asan}
seconds=${FUZZ_SECONDS:-30}
targets=${FUZZ_TARGETS:-pipeline merge templates}
jobs=${FUZZ_JOBS:-2}
seed=${FUZZ_SEED:-0}

bash tests/sanitize/build.sh scopegen_core
mkdir -p "$build_dir/fuzz"
work=$(cd "$build_dir/fuzz" && pwd)
# The targets' flags: the library's (build.sh), plus the libFuzzer main. Each target fuzzes
# against fixed inputs from the tree: templates/ (partials, built-in templates), and data/ (the
# app profile whose permissions are merged; the model user templates render).
pids=()
for t in $targets; do
  clang++ -std=c++20 -O1 -g -fno-omit-frame-pointer \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -DSCOPEGEN_TEMPLATES_DIR="\"$repo/templates\"" -DSCOPEGEN_DATA_DIR="\"$repo/data\"" \
    -DSCOPEGEN_MODEL_DIR="\"$repo/data\"" \
    -I generator -I "$build_dir/generator/generated" \
    "tests/fuzz/${t}_fuzzer.cpp" "$build_dir/generator/libscopegen_core.a" -lyaml-cpp -lyaml \
    -o "$work/${t}_fuzzer" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Readable stacks: clang's symbolizer, wherever Debian put it.
if ! command -v llvm-symbolizer >/dev/null; then
  for s in /usr/lib/llvm-*/bin/llvm-symbolizer; do [[ -x $s ]] && export ASAN_SYMBOLIZER_PATH=$s; done
fi

# -timeout: an input taking longer is a hang; -rss_limit_mb: a run using more is unbounded memory
# (and a single allocation over it too). -max_len lets the largest seeds through whole.
declare -A max_len=([pipeline]=262144 [merge]=131072 [templates]=65536)
failed=()
for t in $targets; do
  dir=$work/$t
  # A fresh corpus each run: seeds from the tree (what the fuzzer finds is not kept between
  # runs, so a run's result depends only on the tree, the seed and the time).
  rm -rf "$dir"
  mkdir -p "$dir"
  bash tests/fuzz/make_corpus.sh "$t" "$dir/corpus" "$dir/dict" >/dev/null
  flags=(-max_total_time="$seconds" -timeout=2 -rss_limit_mb=2560 -max_len="${max_len[$t]}"
    -seed="$seed" -print_final_stats=1 -artifact_prefix="$dir/")
  [[ -s $dir/dict ]] && flags+=(-dict="$dir/dict")
  status=0
  if [[ ${FUZZ_KEEP_GOING:-0} == 1 ]]; then
    (cd "$dir" && exec "$work/${t}_fuzzer" corpus "${flags[@]}" -fork="$jobs" \
      -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 >fuzz-fork.log 2>&1) || status=$?
  else
    (cd "$dir" && exec "$work/${t}_fuzzer" corpus "${flags[@]}" -jobs="$jobs" -workers="$jobs" \
      >/dev/null 2>&1) || status=$?
  fi
  found=$(cd "$dir" && ls crash-* leak-* timeout-* oom-* 2>/dev/null || true)
  if ((status != 0)) || [[ -n $found ]]; then
    echo "fuzz: $t: FAILED (exit $status); inputs in $dir:" $found >&2
    tail -n 60 "$dir"/fuzz-*.log >&2 || true
    echo "reproduce: $work/${t}_fuzzer $dir/<input>" >&2
    failed+=("$t")
    continue
  fi
  # Runs: the final stats of each job, or in -fork mode the last progress line.
  runs=$(grep -hE '^stat::number_of_executed_units' "$dir"/fuzz-*.log | awk '{n += $2} END {print n + 0}')
  ((runs)) || runs=$(grep -hoE '^#[0-9]+' "$dir"/fuzz-*.log | tail -n 1 | tr -d '#')
  echo "fuzz: $t: ${seconds}s, seed $(grep -ho 'Seed: [0-9]*' "$dir"/fuzz-*.log | sort -u | cut -d' ' -f2 | paste -sd,)," \
    "${runs:-?} runs: no crash, leak, hang or sanitizer report"
done
if ((${#failed[@]})); then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi

#!/usr/bin/env bash
# Builds and runs every benchmark of docs/benchmarks.md, then prints one table of ratios against
# the targets of issue 7. Nothing here is a test: it never fails on a missed target.
#
#   bash bench/run.sh                 # full run: ~10 min on the idle 2-core VM, build included
#   BENCH_QUICK=1 bash bench/run.sh   # a fast pass to see that everything works (numbers are rough)
#
# Environment (defaults in brackets):
#   BENCH_BUILD_DIR   build and work directory [${TMPDIR:-/tmp}/scopegen-bench]; never the repo's build/
#   BENCH_RUNS        separate invocations of the lookup benchmark [3]
#   BENCH_REPS        Google Benchmark repetitions per invocation [5]
#   BENCH_MIN_TIME    seconds per repetition [0.2]
#   BENCH_COMPILE_RUNS  compiles of each compile-cost TU [7]
#   BENCH_GEN_RUNS    generator runs per size, 1k and 10k [5]; 100k gets BENCH_GEN_RUNS_100K [3]
#   BENCH_CPU         the CPU the lookup benchmark is pinned to with taskset [1]; empty: not pinned
#   BENCH_SIZES       synthetic generator sizes ["1000 10000 100000"]
#   BENCH_COMMIT      what to report as the commit measured [git rev-parse of this checkout]
#   BENCH_STEPS       which measurements to (re)run, the others' results are kept
#                     ["noop lookup compile generator"]; the build always runs
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
B=${BENCH_BUILD_DIR:-${TMPDIR:-/tmp}/scopegen-bench}
runs=${BENCH_RUNS:-3} reps=${BENCH_REPS:-5} min_time=${BENCH_MIN_TIME:-0.2}
compile_runs=${BENCH_COMPILE_RUNS:-7} gen_runs=${BENCH_GEN_RUNS:-5} gen_runs_100k=${BENCH_GEN_RUNS_100K:-3}
cpu=${BENCH_CPU-1}
sizes=${BENCH_SIZES:-1000 10000 100000}
steps=" ${BENCH_STEPS:-noop lookup compile generator} "
step() { [[ $steps == *" $1 "* ]]; }
if [[ ${BENCH_QUICK:-0} == 1 ]]; then
  runs=1 reps=2 min_time=0.05 compile_runs=3 gen_runs=2 gen_runs_100k=1
fi
W=$B/results
say() { echo "bench: $*" >&2; }

# --- 1. What it needs, installed when missing (as scripts/bootstrap.sh does: libraries by Debian
# package, tools by command). Beyond bootstrap.sh: protoc (the peer generator) and GNU time (peak RSS).
source "$repo/scripts/ensure.sh"
ensure nlohmann-json3-dev libyaml-cpp-dev libyaml-dev libcli11-dev libkainjow-mustache-dev libbenchmark-dev \
  -- g++=g++ cmake=cmake ninja=ninja-build node=nodejs gperf=gperf protoc=protobuf-compiler \
  /usr/bin/time=time taskset=util-linux

# --- 2. Build (Release): scopegen, the synthetic tables, the generated headers, gperf, the benchmark.
say "building in $B"
cmake -S "$repo/bench" -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=Release >"$B.configure.log" 2>&1 ||
  { cat "$B.configure.log" >&2; exit 1; }
[[ $steps == " noop lookup compile generator " ]] && rm -rf "$W"
mkdir -p "$W"
cmake --build "$B" >"$W/build1.log" 2>&1 || { tail -40 "$W/build1.log" >&2; exit 1; }
# shellcheck disable=SC1091
source "$B/bench_paths.sh"   # scopegen bench synth real_include synth2000_include cxx

# --- 3. The machine, as the table's header reports it.
{
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "uptime=$(uptime)"
  echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
  echo "cpus=$(nproc)"
  echo "compiler=$("$cxx" --version | head -1)"
  echo "benchmark=$(dpkg-query -W -f='${Version}' libbenchmark-dev 2>/dev/null)"
  echo "gperf=$(gperf --version | head -1)"
  echo "protoc=$(protoc --version)"
  if [[ -n ${BENCH_COMMIT:-} ]]; then
    echo "commit=$BENCH_COMMIT"
  else
    echo "commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$repo" diff --quiet HEAD -- generator templates 2>/dev/null || echo '+local changes')"
  fi
  echo "pinned=${cpu:-no}"
  echo "runs=$runs reps=$reps min_time=$min_time compile_runs=$compile_runs gen_runs=$gen_runs gen_runs_100k=$gen_runs_100k"
} >"$W/env.txt"
say "$(sed -n 's/^uptime=//p' "$W/env.txt")"

# --- 4. No-op rebuild. The build tool: two more builds; the module documents that in scopegen's
# own tree the build after the first re-runs CMake once (it learns the output list), so the third
# build is the one that must do nothing.
if step noop; then
for i in 2 3; do
  cmake --build "$B" -- -d explain >"$W/build$i.log" 2>&1
done
# The generator: a second `scopegen generate` into the same directory rewrites nothing.
noop=$W/noop
"$scopegen" generate --out "$noop" --no-shipped-catalogues "$repo/data" >/dev/null
sleep 1.1  # so that a rewrite would show in whole-second timestamps too
find "$noop" -type f -printf '%P %T@ %i\n' | sort >"$W/noop.before"
"$scopegen" generate --out "$noop" --no-shipped-catalogues "$repo/data" >/dev/null
find "$noop" -type f -printf '%P %T@ %i\n' | sort >"$W/noop.after"
{
  echo "files=$(wc -l <"$W/noop.before")"
  echo "rewritten=$(comm -3 "$W/noop.before" "$W/noop.after" | awk '{print $1}' | sort -u | wc -l)"
  for i in 2 3; do  # steps ninja ran, of which compiles and links; CMake re-runs; "no work to do"
    echo "build${i}=$(grep -c '^\[[0-9]*/[0-9]*\]' "$W/build$i.log" || true)"
    echo "build${i}_compiled=$(grep -c 'Building CXX\|Linking CXX' "$W/build$i.log" || true)"
    echo "build${i}_rerun_cmake=$(grep -c 'Re-running CMake' "$W/build$i.log" || true)"
    echo "build${i}_no_work=$(grep -c 'no work to do' "$W/build$i.log" || true)"
  done
} >"$W/noop.txt"
fi

# --- 5. Lookups, to_string, sets, scope strings: Google Benchmark, medians over all repetitions
# of all invocations, methods interleaved at random.
if step lookup; then
pin=()
[[ -n $cpu ]] && command -v taskset >/dev/null && pin=(taskset -c "$cpu")
for r in $(seq 1 "$runs"); do
  say "lookup benchmark, invocation $r of $runs"
  "${pin[@]}" "$bench" --benchmark_repetitions="$reps" --benchmark_min_time="$min_time" \
    --benchmark_enable_random_interleaving=true --benchmark_display_aggregates_only=true \
    --benchmark_out="$W/bench_$r.json" --benchmark_out_format=json >"$W/bench_$r.txt" 2>"$W/bench_$r.err"
done
fi

# --- 6. Compile cost: each TU compiled alone, interleaved, as a user's build would (-O2, C++17).
if step compile; then
std_headers=$(cat "$real_include"/scopegen/*.hpp "$synth2000_include"/scopegen/*.hpp |
  sed -n 's/^#include <\([^>]*\)>.*/\1/p' | sort -u | xargs)
listed=$(sed -n 's/^#include <\([^>]*\)>.*/\1/p' "$repo/bench/compile/std_only.cpp" | sort -u | xargs)
echo "std_headers_generated=$std_headers" >>"$W/env.txt"
[[ $std_headers == "$listed" ]] ||
  say "warning: the generated headers include <$std_headers>, bench/compile/std_only.cpp <$listed>"
printf 'tu\trun\twall_s\tuser_s\tsys_s\n' >"$W/compile.tsv"
compile_one() {  # tu include_dir
  local tu=$1 inc=$2 t0 t1 cpu_times
  t0=$(date +%s%N)
  /usr/bin/time -o "$W/time.out" -f '%U %S' "$cxx" -std=c++17 -O2 -I"$inc" -c "$repo/bench/compile/$tu.cpp" \
    -o /dev/null
  t1=$(date +%s%N)
  cpu_times=$(tail -1 "$W/time.out")
  printf '%s\t%s\t%s\t%s\n' "$tu" "$run" "$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.4f", (b-a)/1e9}')" \
    "${cpu_times// /$'\t'}" >>"$W/compile.tsv"
}
say "compile cost, $compile_runs runs of each TU"
for run in $(seq 1 "$compile_runs"); do
  compile_one std_only "$real_include"
  compile_one all_real "$real_include"
  compile_one all_synth2000 "$synth2000_include"
  compile_one use_real "$real_include"
  compile_one use_synth2000 "$synth2000_include"
done
fi

# --- 7. The generator against protoc, on synthetic tables of each size; and the real data/.
if step generator; then
printf 'tool\tsize\trun\twall_s\tuser_s\tsys_s\tmaxrss_kb\n' >"$W/generator.tsv"
timed() {  # tool size command...
  local tool=$1 size=$2
  shift 2
  local out
  /usr/bin/time -o "$W/time.out" -f '%e %U %S %M' "$@" >/dev/null 2>"$W/last.err" ||
    { cat "$W/last.err" >&2; exit 1; }
  out=$(tail -1 "$W/time.out")
  printf '%s\t%s\t%s\t%s\n' "$tool" "$size" "$run" "${out// /$'\t'}" >>"$W/generator.tsv"
}
scale=$B/scale
for n in $sizes; do
  "$synth" --scopes "$n" --seed "$n" --out "$scale/$n"
  echo "synth_$n=$(wc -c <"$scale/$n/data/synth.yaml") $(wc -c <"$scale/$n/synth.proto")" >>"$W/env.txt"
  count=$gen_runs
  ((n >= 100000)) && count=$gen_runs_100k
  say "generator vs protoc at $n scopes, $count runs each"
  for run in $(seq 1 "$count"); do
    rm -rf "$scale/$n/out" "$scale/$n/pb" && mkdir -p "$scale/$n/pb"
    timed scopegen "$n" "$scopegen" generate --out "$scale/$n/out" --no-shipped-catalogues "$scale/$n/data"
    timed protoc "$n" protoc --cpp_out="$scale/$n/pb" -I"$scale/$n" "$scale/$n/synth.proto"
  done
  echo "out_$n=$(du -sb "$scale/$n/out" | cut -f1) $(du -sb "$scale/$n/pb" | cut -f1)" >>"$W/env.txt"
done
say "generator on data/, 9 runs"
for run in $(seq 1 9); do
  rm -rf "$scale/real"
  timed scopegen real "$scopegen" generate --out "$scale/real" --no-shipped-catalogues "$repo/data"
done
fi
echo "uptime_end=$(uptime)" >>"$W/env.txt"

# --- 8. One table.
node "$repo/bench/report.mjs" "$W" | tee "$W/table.md"
say "raw results in $W"

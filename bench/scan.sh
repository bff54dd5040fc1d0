#!/usr/bin/env bash
# `scopegen scan` over a generated tree of 10,000 source files / 100 MB, against `grep -rE` with
# the same patterns (one regex per SDK spelling and base path) as the floor. docs/benchmarks.md.
#   bash bench/scan.sh [SCOPEGEN]    (default: build/rel/bin/scopegen; build it in Release first)
# Knobs: BENCH_FILES (10000), BENCH_MB (100), BENCH_RUNS (3), BENCH_DIR (${TMPDIR:-/tmp}/scopegen-scan-bench)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tool=${1:-$root/build/rel/bin/scopegen}
dir=${BENCH_DIR:-${TMPDIR:-/tmp}/scopegen-scan-bench}
files=${BENCH_FILES:-10000} mb=${BENCH_MB:-100} runs=${BENCH_RUNS:-3}
if [ ! -d "$dir/tree" ]; then
  python3 "$root/bench/scan_tree.py" "$dir/tree" "$dir/patterns.txt" --files "$files" --megabytes "$mb"
fi
echo "tree: $(find "$dir/tree" -type f | wc -l) files, $(du -sm "$dir/tree" | cut -f1) MB; $(wc -l <"$dir/patterns.txt") grep patterns"
cat "$dir"/tree/*/* >/dev/null  # warm the page cache: both sides read from memory
best() {  # the best wall time of $runs runs of "$@", in seconds
  local t b=""
  for _ in $(seq "$runs"); do
    t=$( { TIMEFORMAT=%R; time "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -1)
    if [ -z "$b" ] || awk "BEGIN{exit !($t < $b)}"; then b=$t; fi
  done
  echo "$b"
}
scan=$(best "$tool" scan --catalogues "$root/data" "$dir/tree")
grep_e=$(best grep -rEn -f "$dir/patterns.txt" "$dir/tree")
grep_f=$(best grep -rFn -e .accountingApi. -e /api.xro/2.0/ -e stripe. -e _api. -e Async\( -e /v1/ "$dir/tree")
findings=$("$tool" scan --format json --catalogues "$root/data" "$dir/tree" 2>/dev/null | grep -c '"detector"' || true)
lines=$(grep -rEn -f "$dir/patterns.txt" "$dir/tree" | wc -l)
printf '| %-52s | %8s | %s |\n' "command" "best of $runs" "matches"
printf '| %-52s | %7ss | %s findings |\n' "scopegen scan (every table, both detectors)" "$scan" "$findings"
printf '| %-52s | %7ss | %s lines |\n' "grep -rEn -f patterns.txt (the same spellings)" "$grep_e" "$lines"
printf '| %-52s | %7ss | %s |\n' "grep -rFn, six fixed strings (the floor of reading)" "$grep_f" "-"

#!/usr/bin/env bash
# A 50 MB table is processed in bounded time and memory, and a table over the size limit is
# refused at once with a clear E107, leaving the output directory alone. The tables are made
# here, not committed.
#   large_table.sh SCOPEGEN [SECONDS] [MEMORY_MB]
# SECONDS (default 600) and MEMORY_MB (default 4096, as `ulimit -v`; limit_memory in common.sh)
# are the bounds: hitting either fails the test. A 50 MB table takes about 80 s and 2.5 GB on one
# 2020s core (about 150 s under ASan, tests/sanitize/run.sh).
source "$(dirname "$0")/common.sh"
scopegen=$1
seconds=${2:-600}
memory_mb=${3:-4096}

# 260,000 scopes, 50 MB: a catalogue 500 times the size of Xero's real one.
mkdir -p "$work/tables"
{
  printf 'scopegen: 1\nkind: catalogue\nprovider: {id: big, name: Big Books, statuses: [granular]}\nscopes:\n'
  awk 'BEGIN { for (i = 0; i < 260000; i++)
    printf "  - name: s%07d.read\n    description: \"Read the records of kind %d, a line long enough to make the table realistic in size, padded to be longer\"\n    read_only: true\n    status: granular\n", i, i }'
} > "$work/tables/big.yaml"
size=$(stat -c %s "$work/tables/big.yaml")
((size >= 50000000)) || fail "the table is only $size bytes"

start=$(date +%s)
status=0
( limit_memory "$memory_mb"; exec timeout --signal=KILL "$seconds" \
    "$scopegen" generate --no-shipped-catalogues --out "$work/out" "$work/tables" ) \
    >"$work/stdout" 2>"$work/stderr" || status=$?
elapsed=$(( $(date +%s) - start ))
case $status in
  0)
    [[ -s $work/out/cpp/scopegen/big.hpp && -s $work/out/json/big.scopes.json ]] || fail "exit 0 but no output"
    grep -q 's0259999_read' "$work/out/cpp/scopegen/big.hpp" || fail "the header lacks the last scope"
    echo "large_table: $size bytes processed in ${elapsed}s (bounds: ${seconds}s, ${memory_mb} MB)" ;;
  1)
    grep -q 'E107' "$work/stderr" || { cat "$work/stderr" >&2; fail "exit 1 without a limit diagnostic"; }
    echo "large_table: $size bytes refused with a limit in ${elapsed}s: $(head -n 1 "$work/stderr")" ;;
  137) fail "killed after ${seconds}s: not bounded in time" ;;
  *) head -n 20 "$work/stderr" >&2; fail "exit $status (memory over ${memory_mb} MB ends in std::bad_alloc)" ;;
esac

# Over the limit (64 MiB): refused before reading (a sparse file: no disk used), nothing written.
mkdir -p "$work/huge" "$work/out2/cpp"
truncate -s $((64 * 1024 * 1024 + 1)) "$work/huge/huge.yaml"
echo "previous" > "$work/out2/cpp/keep.hpp"
status=0
timeout 20 "$scopegen" generate --no-shipped-catalogues --out "$work/out2" "$work/huge" 2>"$work/stderr2" || status=$?
((status == 1)) || fail "a 64 MiB + 1 byte table: exit $status, expected 1"
grep -q 'huge.yaml: error: file is 67108865 bytes; the limit is 67108864 \[E107\]' "$work/stderr2" ||
  { cat "$work/stderr2" >&2; fail "no clear limit diagnostic"; }
[[ $(find "$work/out2" -type f) == "$work/out2/cpp/keep.hpp" && $(cat "$work/out2/cpp/keep.hpp") == previous ]] ||
  fail "the output directory changed"
echo "large_table: over the limit: $(cat "$work/stderr2")"
echo "large_table: pass"

#!/usr/bin/env bash
# "Did you mean" stays cheap (issue 12): every unknown name is compared with every known one,
# so 400 KB of unknown names against a catalogue of look-alikes took minutes. Each table below
# must be diagnosed (exit 1, every unknown name reported) within a generous time bound; the
# work per run is bounded in diag/suggest.hpp (kMaxSuggestedLength, kSuggestWorkBudget).
#   suggestions_bounded.sh SCOPEGEN
source "$(dirname "$0")/common.sh"
scopegen=$1

# table FILE COUNT LENGTH: COUNT scopes named like "s<digits>aaaa...", each LENGTH bytes, then the
# same count of unknown names one edit away from them (a typo in the middle: the worst case,
# every pair passes the cheap filters and needs the distance table).
table() {
  awk -v count="$2" -v len="$3" 'BEGIN {
    pad = ""; while (length(pad) < len) pad = pad "a"
    print "scopegen: 1"; print "kind: catalogue"
    print "provider: {id: demo, name: Demo}"
    printf "always_required: ["
    for (i = 0; i < count; i++) {
      n = sprintf("s%07d%s", i, pad); n = substr(n, 1, len)
      printf "%s%s", (i ? ", " : ""), substr(n, 1, len / 2) "x" substr(n, len / 2 + 2)
    }
    print "]"
    print "scopes:"
    for (i = 0; i < count; i++) {
      n = sprintf("s%07d%s", i, pad)
      printf "  - {name: %s, description: d, read_only: true}\n", substr(n, 1, len)
    }
  }' > "$work/$1"
}

expect() {  # expect FILE SECONDS COUNT
  local file=$1 seconds=$2 count=$3 status=0 start elapsed
  start=$(date +%s%N)
  timeout --signal=KILL "$seconds" "$scopegen" generate --no-shipped-catalogues --out "$work/out" \
    "$work/$file" >/dev/null 2>"$work/stderr" || status=$?
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  case $status in
    1) ;;
    137) fail "$file: still running after ${seconds}s" ;;
    *) head -n 5 "$work/stderr" >&2; fail "$file: exit $status" ;;
  esac
  grep -q "$file: note: $((count - 100)) more diagnostics in this file not shown" "$work/stderr" ||
    { head -n 3 "$work/stderr" >&2; fail "$file: not every unknown name was reported"; }
  echo "suggestions_bounded: $file ($(stat -c %s "$work/$file") bytes, $count unknown names): ${elapsed} ms;" \
    "$(grep -c 'did you mean' "$work/stderr") of the 100 shown with a suggestion"
}

table long_names.yaml 2500 150 && expect long_names.yaml 30 2500      # 375 KB of unknown names
table short_names.yaml 20000 20 && expect short_names.yaml 30 20000   # 400 KB, many more pairs
table too_long.yaml 1000 400 && expect too_long.yaml 30 1000          # past kMaxSuggestedLength
echo "suggestions_bounded: pass"

# Sourced by the robustness scripts: strict mode, a work directory removed on exit, and fail().
set -euo pipefail
test_name=$(basename "$0" .sh)
work=$(mktemp -d "${TMPDIR:-/tmp}/scopegen-$test_name.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "$test_name: FAIL: $*" >&2; exit 1; }

# Bounds the memory of what the calling subshell execs next: `ulimit -v MB` of address space. A
# build under AddressSanitizer reserves terabytes of address space for its shadow memory at
# start, so there (tests/sanitize/run.sh runs these scripts against one; the robustness
# CMakeLists sets SCOPEGEN_SANITIZED=1 in such a build) the bound is ASan's own limit on resident
# memory instead, twice MB for its shadow, redzones and quarantine (the hostile tables of
# bounded_yaml.sh peak at 1.1 GB there, the 50 MB one of large_table.sh at 3.1 GB). Over it, ASan
# aborts with a report.
limit_memory() {  # limit_memory MB
  if [[ ${SCOPEGEN_SANITIZED:-0} == 1 ]]; then
    export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=$(($1 * 2))"
  else
    ulimit -v $(($1 * 1024))
  fi
}

# expect_refused LABEL SECONDS MB PATTERN DIR ARGS...: runs `$scopegen ARGS` in DIR under a
# time limit and limit_memory MB. It must exit 1 with PATTERN on stderr (saved in
# $work/stderr) and leave no $work/out, never crash, hang or run out of memory; prints how
# long the refusal took.
expect_refused() {
  local label=$1 seconds=$2 mb=$3 pattern=$4 dir=$5 status=0 start elapsed
  shift 5
  start=$(date +%s)
  ( cd "$dir" && limit_memory "$mb" && exec timeout --signal=KILL "$seconds" "$scopegen" "$@" ) \
      >/dev/null 2>"$work/stderr" || status=$?
  elapsed=$(( $(date +%s) - start ))
  case $status in
    1) ;;
    137) fail "$label: still running after ${seconds}s" ;;
    *) head -n 5 "$work/stderr" >&2; fail "$label: exit $status (a crash, or out of memory)" ;;
  esac
  grep -q -- "$pattern" "$work/stderr" || { head -n 5 "$work/stderr" >&2; fail "$label: no '$pattern'"; }
  [[ ! -e $work/out ]] || fail "$label: the failing run created the output directory"
  echo "$test_name: $label: refused in ${elapsed}s: $(grep -m 1 -- "$pattern" "$work/stderr" | cut -c 1-140)"
}

#!/usr/bin/env bash
# A run that fails leaves the output directory, the depfile and the stamp as they were: byte for
# byte, times included, with no directory added and no temporary left. Three ways to fail:
#   SCOPEGEN_FAULT=fail-rename:N   the Nth change of the run fails (EIO), for every N until the
#                                  run has no Nth change: each undoes the N-1 made before it
#   a read-only ts/                found before the first change (chattr +i, or a read-only bind
#                                  mount: root ignores modes; skipped when neither is possible)
#   a file where ts/ must go       found before the first change
# Then a provider leaves the tables: its outputs go, and `check` named them first.
#   all_or_nothing.sh SCOPEGEN REPO
source "$(dirname "$0")/common.sh"
scopegen=$1
repo=$2
build=$work/build   # out/, the depfile and the stamp, as scopegen_generate() lays them out
gen() {  # gen TABLES [env...]
  local tables=$1
  shift
  env "$@" "$scopegen" generate --no-shipped-catalogues --out "$build/out" --depfile "$build/scopegen.d" \
    --stamp "$build/stamp" "$tables"
}
snapshot() { (cd "$build" && find . -printf '%y %p %s %m %T@\n' | sort && find . -type f -print0 | sort -z | xargs -0r sha256sum); }

mkdir -p "$work/v1" "$work/v2"
cp "$repo"/data/*.yaml "$work/v1/"
cp "$repo"/data/*.yaml "$work/v2/"
# Version 2 changes every output and adds a provider (so new files and a new directory, too).
sed -i -e 's/^  name: Xero$/  name: Xero (renamed)/' "$work/v2/xero.yaml"
sed -i -e 's/^  name: LedgerBridge$/  name: LedgerBridge (renamed)/' "$work/v2/app.yaml"
sed -e 's/^  id: xero$/  id: xero2/' -e 's/^  name: Xero (renamed)$/  name: Xero Two/' "$work/v2/xero.yaml" > "$work/v2/xero2.yaml"
grep -q '^  id: xero2$' "$work/v2/xero2.yaml" || fail "the second provider was not made"
gen "$work/v1" >/dev/null
chmod 0640 "$build/out/cpp/scopegen/core.hpp"   # a mode the run must not reset, even undone
touch -d '2001-02-03 04:05:06' "$build/stamp" "$build/scopegen.d" "$build/out/ts/core.ts"
before=$(snapshot)

# 1. Each change in turn fails.
n=1
while :; do
  status=0
  gen "$work/v2" SCOPEGEN_FAULT=fail-rename:$n >/dev/null 2>"$work/err" || status=$?
  ((status == 0)) && break
  ((status == 1)) || fail "fail-rename:$n: exit $status, expected 1"
  grep -q 'Input/output error \[E602\]' "$work/err" || fail "fail-rename:$n: no E602: $(cat "$work/err")"
  [[ $(snapshot) == "$before" ]] || { diff <(echo "$before") <(snapshot) >&2; fail "fail-rename:$n changed the build directory"; }
  n=$((n + 1))
  ((n < 200)) || fail "the run never succeeded"
done
((n > 10)) || fail "only $((n - 1)) changes were failed; the test needs more"
echo "all_or_nothing: each of the $((n - 1)) changes of a run failed in turn; every time, the directory was as before"
[[ $(stat -c %a "$build/out/cpp/scopegen/core.hpp") == 640 ]] || fail "the mode of a replaced file was reset"
"$scopegen" check --no-shipped-catalogues --out "$build/out" "$work/v2" >/dev/null || fail "check disagrees after the successful run"

# 2. A read-only subdirectory, on a version where cpp/ (before ts/ in order) changes too.
gen "$work/v1" >/dev/null
before=$(snapshot)
readonly_ts() {  # runs "$@" with out/ts read-only, or returns 2 when that cannot be arranged
  if chattr +i "$build/out/ts" 2>/dev/null; then
    local status=0
    "$@" || status=$?
    chattr -i "$build/out/ts"
    return $status
  fi
  if unshare -m true 2>/dev/null; then
    unshare -m bash -c 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 2; shift; exec "$@"' \
      _ "$build/out/ts" "$@"
    return
  fi
  if ((EUID != 0)); then
    chmod a-w "$build/out/ts"
    local status=0
    "$@" || status=$?
    chmod u+w "$build/out/ts"
    return $status
  fi
  return 2
}
status=0
readonly_ts "$scopegen" generate --no-shipped-catalogues --out "$build/out" --depfile "$build/scopegen.d" \
  --stamp "$build/stamp" "$work/v2" >/dev/null 2>"$work/err" || status=$?
if ((status == 2)) && [[ ! -s $work/err ]]; then
  echo "all_or_nothing: no way to make a directory read-only here (no chattr, no mount namespace): skipped"
else
  ((status == 1)) || fail "read-only ts/: exit $status, expected 1"
  grep -q 'ts/.*\[E602\]' "$work/err" || fail "read-only ts/: no E602 naming ts/: $(cat "$work/err")"
  [[ $(snapshot) == "$before" ]] || fail "read-only ts/: the build directory changed"
  echo "all_or_nothing: a read-only ts/ failed the run before anything changed: $(head -1 "$work/err")"
fi

# 3. A file where ts/ must go.
rm -rf "$build/out/ts"
echo "not a directory" > "$build/out/ts"
before=$(snapshot)
status=0
gen "$work/v2" >/dev/null 2>"$work/err" || status=$?
((status == 1)) || fail "a file at ts: exit $status, expected 1"
[[ $(snapshot) == "$before" ]] || fail "a file at ts: the build directory changed"
echo "all_or_nothing: a file where ts/ must go failed the run before anything changed"
rm "$build/out/ts"

# 4. Stale outputs: version 2 has xero2; version 1 does not. `check` names them, `generate`
# removes them, and a file scopegen never listed stays.
gen "$work/v2" >/dev/null
echo "mine" > "$build/out/cpp/scopegen/notes.txt"
status=0
"$scopegen" check --no-shipped-catalogues --out "$build/out" "$work/v1" >/dev/null 2>"$work/err" || status=$?
((status == 3)) || fail "check with stale outputs: exit $status, expected 3"
grep -q 'xero2.hpp (stale)' "$work/err" || fail "check did not name the stale header"
gen "$work/v1" >/dev/null
left=$(cd "$build/out" && find . -name '*xero2*')
[[ -z $left ]] || fail "stale outputs left: $left"
[[ -f $build/out/cpp/scopegen/notes.txt ]] || fail "a file scopegen did not list was removed"
"$scopegen" check --no-shipped-catalogues --out "$build/out" "$work/v1" >/dev/null || fail "check still finds drift"
echo "all_or_nothing: stale outputs reported by check, then removed; an unlisted file kept"
echo "all_or_nothing: pass"

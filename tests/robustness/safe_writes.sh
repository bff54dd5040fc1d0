#!/usr/bin/env bash
# A run killed midway leaves every previous output whole: each file is the old version or the
# new one, never a mix, and the next run repairs the directory. Two ways to kill it:
#   SCOPEGEN_FAULT=before-rename   SIGKILL after the first temporary file is written (write/fault.hpp)
#   ulimit -f                      SIGXFSZ in the middle of writing a file larger than the limit:
#                                  every temporary is written before the first rename, so none of
#                                  the outputs was replaced yet
#   safe_writes.sh SCOPEGEN REPO
source "$(dirname "$0")/common.sh"
scopegen=$1
repo=$2
gen() {  # gen TABLES OUT [env...]: the README's command
  local tables=$1 out=$2
  shift 2
  env "$@" "$scopegen" generate --no-shipped-catalogues --out "$out" "$tables"
}

# Version 1: data/ as it is. Version 2: every provider and the app renamed, so that every
# output changes (and every file a kill could interrupt has an old and a new version).
mkdir -p "$work/v1" "$work/v2"
cp "$repo"/data/*.yaml "$work/v1/"
cp "$repo"/data/*.yaml "$work/v2/"
sed -i -e 's/^  name: Xero$/  name: Xero (renamed)/' "$work/v2/xero.yaml"
sed -i -e 's/^provider: {id: stripe, name: Stripe Apps/provider: {id: stripe, name: Stripe Apps (renamed)/' \
       -e 's/^  name: Stripe Apps$/  name: Stripe Apps (renamed)/' "$work/v2/stripe.yaml"
sed -i -e 's/^  name: LedgerBridge$/  name: LedgerBridge (renamed)/' "$work/v2/app.yaml"
gen "$work/v1" "$work/out1"
gen "$work/v2" "$work/out2"
mapfile -t outputs < <(cd "$work/out1" && find . -type f | sort)
changed=0
for f in "${outputs[@]}"; do cmp -s "$work/out1/$f" "$work/out2/$f" || changed=$((changed + 1)); done
((changed >= 3)) || fail "version 2 changes only $changed outputs; the test needs several"
echo "safe_writes: ${#outputs[@]} outputs, $changed differ between the versions"

# Each output file is version 1 or version 2, whole; counts how many are each.
classify() {
  local dir=$1
  old=0 new=0
  for f in "${outputs[@]}"; do
    if cmp -s "$dir/$f" "$work/out1/$f"; then
      old=$((old + 1))
    elif cmp -s "$dir/$f" "$work/out2/$f"; then
      new=$((new + 1))
    else
      fail "$f is neither the old nor the new version (a half-written file)"
    fi
  done
  local extra
  extra=$(cd "$dir" && find . -type f ! -name '.*.scopegen-tmp' | sort | comm -23 - <(printf '%s\n' "${outputs[@]}"))
  [[ -z $extra ]] || fail "unexpected files: $extra"
}

# The next run after a kill: exit 0, exactly version 2, and `check` agrees.
repaired() {
  local dir=$1
  gen "$work/v2" "$dir" || fail "the run after a kill failed"
  diff -r -x '.*.scopegen-tmp' "$work/out2" "$dir" >/dev/null || fail "the run after a kill did not restore version 2"
  "$scopegen" check --no-shipped-catalogues --out "$dir" "$work/v2" >/dev/null || fail "check disagrees after the repair"
  no_temporaries "$dir"
}

# The killed run's temporaries die with the next run (their process is gone).
no_temporaries() {
  local left
  left=$(cd "$1" && find . -name '.*.scopegen-tmp')
  [[ -z $left ]] || fail "temporaries left after the next run: $left"
}

# 1. SIGKILL before the first rename: nothing replaced at all.
cp -a "$work/out1" "$work/fault"
status=0
gen "$work/v2" "$work/fault" SCOPEGEN_FAULT=before-rename || status=$?
((status == 137)) || fail "SCOPEGEN_FAULT=before-rename: expected death by SIGKILL (137), got $status"
classify "$work/fault"
((new == 0)) || fail "before-rename: $new files were replaced before the kill"
tmp=$(cd "$work/fault" && find . -name '.*.scopegen-tmp' | wc -l)
echo "safe_writes: killed before the first rename: all ${old} files are the old version ($tmp temporary file left)"
repaired "$work/fault"
echo "safe_writes: the next run restored version 2"

# 2. SIGXFSZ in the middle of a write: the limit lets the smallest changed files through and
# stops at a larger one, half-written. Every temporary is written before the first rename, so
# nothing was replaced (write/transaction.hpp).
limit_kb=0
smaller=""
for f in "${outputs[@]}"; do
  cmp -s "$work/out1/$f" "$work/out2/$f" && continue
  size_kb=$(( ($(stat -c %s "$work/out2/$f") + 1023) / 1024 ))
  if [[ -z $smaller ]]; then smaller=$f; limit_kb=$size_kb; continue; fi
  if ((size_kb > limit_kb + 1)); then break; fi
  limit_kb=$((size_kb > limit_kb ? size_kb : limit_kb))
done
cp -a "$work/out1" "$work/xfsz"
status=0
( ulimit -f "$((limit_kb + 1))"; gen "$work/v2" "$work/xfsz" ) || status=$?
((status == 128 + 25)) || fail "ulimit -f $((limit_kb + 1)): expected death by SIGXFSZ (153), got $status"
classify "$work/xfsz"
((new == 0)) || fail "$new files were replaced before all temporaries were written"
tmp=$(cd "$work/xfsz" && find . -name '.*.scopegen-tmp' | wc -l)
((tmp >= 1)) || fail "the kill was not mid-write (no temporary left)"
echo "safe_writes: killed mid-write (ulimit -f $((limit_kb + 1)) KB): all $old files old, none partial ($tmp temporary files left)"
repaired "$work/xfsz"
echo "safe_writes: the next run restored version 2"

# 3. After a kill, going back to version 1 works too (the temporary file cannot confuse it).
cp -a "$work/out1" "$work/back"
gen "$work/v2" "$work/back" SCOPEGEN_FAULT=before-rename || true
gen "$work/v1" "$work/back" || fail "a version 1 run after a kill failed"
diff -r -x '.*.scopegen-tmp' "$work/out1" "$work/back" >/dev/null || fail "version 1 not restored"
# Version 1 leaves the file whose rename was cut short unchanged, yet its temporary goes too.
no_temporaries "$work/back"
echo "safe_writes: a run after a kill can go back to the old version"

# 4. Concurrent runs into one directory (two build trees sharing an output, a build and an IDE):
# each has its own temporaries, so all succeed and the directory ends up whole.
for round in 1 2 3; do
  rm -rf "$work/concurrent"
  pids=()
  for i in 1 2 3 4; do
    if ((i % 2)); then gen "$work/v1" "$work/concurrent" & else gen "$work/v2" "$work/concurrent" & fi
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || fail "round $round: a concurrent run failed"; done
  classify "$work/concurrent"
  no_temporaries "$work/concurrent"
done
echo "safe_writes: 3 rounds of 4 concurrent runs: every run succeeded, every file whole"
echo "safe_writes: pass"

#!/usr/bin/env bash
# A run removes the temporaries of writers that died, and never those of a live writer, even one
# in another PID namespace (a container sharing the build directory), whose PID means nothing
# here. The live writer is a process in a new PID namespace (unshare -p, when allowed; else a
# plain background process) holding the lock on its temporaries, named with a PID no process
# here has: as this version names them, and as older versions did (`.<name>.<pid>.scopegen-tmp`).
#   temporaries.sh SCOPEGEN REPO
source "$(dirname "$0")/common.sh"
scopegen=$1
repo=$2
out=$work/out
"$scopegen" generate --no-shipped-catalogues --out "$out" "$repo/data" >/dev/null

true & wait $!
dead=$!   # a PID that no process here has
dir=$out/cpp/scopegen
live_new=$dir/.core.hpp.$dead-00000000c0ffee00.scopegen-tmp
live_old=$dir/.core.hpp.$dead.scopegen-tmp
dead_new=$dir/.core.hpp.$dead-00000000deadbeef.scopegen-tmp
dead_old=$dir/.xero.hpp.$dead.scopegen-tmp
for f in "$live_new" "$live_old" "$dead_new" "$dead_old"; do echo "half written" > "$f"; done

# It holds the locks until the stop file appears (or 60 s pass), then exits: no process outlives
# the test, whatever unshare does with signals.
stop=$work/stop
holder=(bash -c 'exec 8<"$1" 9<"$2"; flock -x 8; flock -x 9; echo locked
  for _ in $(seq 600); do [[ -e $3 ]] && exit 0; sleep 0.1; done' _ "$live_new" "$live_old" "$stop")
if unshare -p -f --kill-child true 2>/dev/null; then
  how="in another PID namespace"
  unshare -p -f --kill-child "${holder[@]}" > "$work/holder.out" 2>/dev/null </dev/null &
else
  how="(no PID namespace allowed here: a plain process)"
  "${holder[@]}" > "$work/holder.out" 2>/dev/null </dev/null &
fi
holder_pid=$!
trap 'touch "$stop"; wait "$holder_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do [[ -s $work/holder.out ]] && break; sleep 0.05; done
[[ -s $work/holder.out ]] || fail "the holder never took its locks"

# An unchanged run and a changing one both clean the directory.
"$scopegen" generate --no-shipped-catalogues --out "$out" "$repo/data" >/dev/null || fail "the run failed"
[[ -f $live_new ]] || fail "a live writer's temporary was removed"
[[ -f $live_old ]] || fail "a live writer's temporary (older name) was removed"
[[ ! -e $dead_new ]] || fail "a dead writer's temporary was left"
[[ ! -e $dead_old ]] || fail "a dead writer's temporary (older name) was left"
echo "temporaries: a live writer $how kept both its temporaries; a dead writer's two were removed"

touch "$stop"
wait "$holder_pid" || fail "the holder failed"
"$scopegen" generate --no-shipped-catalogues --out "$out" "$repo/data" >/dev/null || fail "the run failed"
left=$(cd "$out" && find . -name '*.scopegen-tmp')
[[ -z $left ]] || fail "temporaries of a writer that has ended were left: $left"
echo "temporaries: once that writer ended, the next run removed them"
echo "temporaries: pass"

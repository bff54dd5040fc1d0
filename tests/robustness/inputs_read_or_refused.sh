#!/usr/bin/env bash
# Every input is read or refused with a positioned error, never skipped (issue 12):
#  - a path the user names is read whatever it is: /dev/stdin, a shell's <(...), a FIFO;
#  - inside a named directory, a broken link, a link loop, a link back to a containing
#    directory, a FIFO or device named like a table, an unreadable file or subdirectory are each
#    reported, and the walk goes on: a table after them is still read;
#  - a table whose file name is not UTF-8 generates (its name escaped in banners and views).
# Each run is bounded by `timeout`: opening a FIFO inside a directory would hang.
#   inputs_read_or_refused.sh SCOPEGEN REPO
source "$(dirname "$0")/common.sh"
scopegen=$1
repo=$2
table=$repo/tests/cases/basic_scope_catalogue/input/demo.yaml
run() { timeout --signal=KILL 60 "$scopegen" generate --no-shipped-catalogues --builtin-templates "$repo/templates" "$@"; }
generated() { grep -q 'ledger.read' "$1/json/demo.scopes.json" || fail "$2: the table was not read"; }

# --- Named: read whatever it is --------------------------------------------------------------
run --out "$work/stdin" /dev/stdin < "$table" || fail "/dev/stdin: exit $?"
generated "$work/stdin" /dev/stdin
run --out "$work/procsub" <(cat "$table") || fail "<(...): exit $?"
generated "$work/procsub" "<(...)"
mkfifo "$work/named.fifo"
cat "$table" > "$work/named.fifo" &
run --out "$work/fifo" "$work/named.fifo" || fail "a named FIFO: exit $?"
wait
generated "$work/fifo" "a named FIFO"
# A pipe named twice is read twice, not merged with the other by an empty absolute path.
status=0
cat "$table" | run --out "$work/two" /dev/stdin "$table" 2>"$work/stderr" || status=$?
[[ $status == 1 ]] && grep -q "E301" "$work/stderr" || fail "a pipe beside the table it carries: exit $status, not the duplicate E301"
# /dev/stdin redirected from the table is that very file: merged, read once.
run --out "$work/same" /dev/stdin "$table" < "$table" || fail "/dev/stdin redirected from the table beside it: exit $?"
echo "inputs_read_or_refused: /dev/stdin, <(...) and a named FIFO are read"

# --- Inside a directory: refused, and the walk goes on -----------------------------------------
# Root reads anything: drop the two capabilities that let it, where that is possible.
drop=()
if [[ $(id -u) == 0 ]]; then
  drop=(setpriv --bounding-set -dac_override,-dac_read_search --inh-caps -dac_override,-dac_read_search)
  mkdir "$work/probe" && chmod 000 "$work/probe"
  if ! command -v setpriv >/dev/null || "${drop[@]}" ls "$work/probe" >/dev/null 2>&1; then
    drop=()
    echo "inputs_read_or_refused: SKIP the unreadable file and directory: running as root, and setpriv cannot drop CAP_DAC_OVERRIDE here"
  fi
  chmod 755 "$work/probe"
fi
permissions=$(( ${#drop[@]} > 0 || $(id -u) != 0 ))

d=$work/tables
mkdir -p "$d/a_locked" "$d/sub" "$d/z_last"
cp "$table" "$d/a_locked/hidden.yaml"
cp "$table" "$d/demo.yaml"
ln -s "$d/demo.yaml" "$d/same_as_demo.yaml"                 # the same file twice: merged
ln -s missing.yaml "$d/broken.yaml"                          # E108
ln -s loop.yaml "$d/loop.yaml"                               # E108
ln -s .. "$d/sub/up"                                         # E108: back to a containing directory
ln -s ../z_last "$d/sub/z_alias"                             # walked once
mkfifo "$d/pipe.yaml"                                        # E109, without opening it
ln -s /dev/null "$d/null.yaml"                               # E109
echo "unread: [" > "$d/z_last/syntax.yaml"                   # read after all of the above: E105
if ((permissions)); then
  cp "$table" "$d/unreadable.yaml"
  chmod 000 "$d/a_locked" "$d/unreadable.yaml"
fi
status=0
"${drop[@]}" timeout --signal=KILL 60 "$scopegen" generate --no-shipped-catalogues \
  --builtin-templates "$repo/templates" --out "$work/dir_out" "$d" 2>"$work/stderr" || status=$?
((permissions)) && chmod 755 "$d/a_locked" "$d/unreadable.yaml"
cat "$work/stderr"
[[ $status == 1 ]] || fail "the directory: exit $status, expected 1"
expect() { grep -qF -- "$1" "$work/stderr" || fail "no '$1'"; }
expect "$d/broken.yaml: error: a broken symbolic link: 'missing.yaml' does not exist [E108]"
expect "$d/loop.yaml: error: a symbolic link loop [E108]"
expect "$d/sub/up: error: a symbolic link to '..', a directory that contains it"
expect "$d/pipe.yaml: error: a FIFO, not a regular file"
expect "$d/null.yaml: error: a character device, not a regular file"
expect "$d/z_last/syntax.yaml:2:1: error:"
if ((permissions)); then
  expect "$d/a_locked: error: cannot read the directory: Permission denied [E101]"
  expect "$d/unreadable.yaml: error: cannot open for reading: Permission denied [E101]"
fi
# The same file through two links, and a directory through two paths, are read once.
! grep -q "E301" "$work/stderr" || fail "a file reached twice was read twice"
[[ $(grep -c "syntax.yaml" "$work/stderr") == 1 ]] || fail "z_last was walked twice"
[[ ! -e $work/dir_out ]] || fail "the failing run wrote its output directory"
echo "inputs_read_or_refused: a directory's broken links, loops, FIFOs, devices$( ((permissions)) && echo ", unreadable entries") are refused, the walk goes on"

# --- A file name that is not UTF-8 ------------------------------------------------------------
mkdir "$work/latin1"
cp "$table" "$work/latin1/d$(printf '\xe9')mo.yaml"
run --out "$work/latin1_out" "$work/latin1" || fail "a Latin-1 file name: exit $?"
grep -qF 'd\xE9mo.yaml' "$work/latin1_out/ts/demo.ts" || fail "the banner does not name d\\xE9mo.yaml"
run --out "$work/latin1_out" --dump-view ts "$work/latin1" > "$work/view.json" || fail "--dump-view: exit $?"
grep -qF 'd\\xE9mo.yaml' "$work/view.json" || fail "the view does not name d\\xE9mo.yaml"
echo "inputs_read_or_refused: a file name that is not UTF-8 generates and dumps its view"
echo "inputs_read_or_refused: pass"

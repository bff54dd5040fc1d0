#!/usr/bin/env bash
# Every golden case that fails (exit.txt not 0) is run again with the real executable, into an
# output directory that already holds a previous run's files (the case's out_before/, or a
# full generation of data/): the exit code is the case's, and the directory is byte for byte
# what it was, with no file added, not even a temporary one. The golden runner checks the
# same in process; this adds main(), the exit code as a shell sees it, and a full directory.
#   failing_runs_write_nothing.sh SCOPEGEN REPO
source "$(dirname "$0")/common.sh"
scopegen=$1
repo=$2

"$scopegen" generate --out "$work/previous" "$repo/data" >/dev/null
snapshot() { (cd "$1" && find . -printf '%y %p %s %T@\n' | sort && find . -type f -print0 | sort -z | xargs -0r sha256sum); }

# The copies sit where the cases do, in a tree whose other entries link to the repository's, so
# that an argument relative to the case (scan's `../../scan/sample_app`, `--catalogues
# ../../../data`) names what it names in the source tree.
tree=$work/tree
mkdir -p "$tree/tests/cases"
for entry in "$repo"/* "$repo"/tests/*; do
  [[ $entry == "$repo/tests" || $entry == "$repo/tests/cases" ]] && continue
  ln -s "$entry" "$tree/${entry#"$repo"/}"
done

count=0
for case_dir in "$repo"/tests/cases/*/; do
  name=$(basename "$case_dir")
  [[ -f $case_dir/exit.txt ]] || continue
  expected_exit=$(tr -d '[:space:]' < "$case_dir/exit.txt")
  [[ $expected_exit != 0 ]] || continue
  # A copy of the case, so that nothing the run might write lands in the source tree.
  copy=$tree/tests/cases/$name
  mkdir -p "$copy"
  cp -a "$case_dir/." "$copy/"
  out=$work/out/$name
  mkdir -p "$out"
  if [[ -d $copy/out_before ]]; then cp -a "$copy/out_before/." "$out/"; else cp -a "$work/previous/." "$out/"; fi
  before=$(snapshot "$out")

  if [[ -f $copy/args.txt ]]; then
    read -r -a args <<<"$(tr '\n' ' ' < "$copy/args.txt")"
  else
    args=(generate --out '$OUT' input)
  fi
  for i in "${!args[@]}"; do args[i]=${args[i]//\$OUT/$out}; [[ ${args[i]} != '""' ]] || args[i]=; done
  extra=()   # as the golden runner: the repository's templates, no shipped catalogues unless asked
  case ${args[0]} in generate | check) extra+=(--builtin-templates "$repo/templates") ;; esac
  [[ " ${args[*]} " == *" --catalogues "* ]] || extra+=(--no-shipped-catalogues)
  status=0
  (cd "$copy" && exec "$scopegen" "${args[0]}" "${extra[@]}" "${args[@]:1}") >/dev/null 2>&1 || status=$?
  [[ $status == "$expected_exit" ]] || fail "$name: exit $status, expected $expected_exit"
  [[ $(snapshot "$out") == "$before" ]] || fail "$name: the output directory changed"
  count=$((count + 1))
done
((count >= 20)) || fail "only $count failing cases found"
echo "failing_runs_write_nothing: $count failing cases, each left its output directory as it was"

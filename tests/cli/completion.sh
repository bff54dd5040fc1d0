#!/usr/bin/env bash
# The bash completion script (scripts/scopegen-completion.bash, installed as
# share/bash-completion/completions/scopegen) registers itself, completes commands, options and
# their values, and knows exactly the commands and options the tool's --help lists, so that an
# option added to generator/cli/options.cpp without its completion fails here.
#   completion.sh <scopegen> <completion script>
set -euo pipefail
scopegen=$1 script=$2
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# shellcheck source=/dev/null
source "$script"
complete -p scopegen | grep -q -- "-F _scopegen" || fail "complete -p scopegen: $(complete -p scopegen 2>&1)"

# What bash would offer after the words given (the last one being completed).
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _scopegen
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
expect() {
  local want=$1
  shift
  local got
  got=$(complete_words "$@")
  [[ $got == "$want" ]] || fail "'$*<TAB>' offers '$got', expected '$want'"
}
expect "generate" scopegen gen
expect "check" scopegen ch
expect "--strict" scopegen lint --str
expect "json text" scopegen migrate --format ""
expect "stripe" scopegen manifest ""
expect "--dry-run" scopegen manifest stripe --dr
expect "--depfile --dump-view" scopegen generate --out gen --d
expect "const enum" scopegen generate --ts-style ""
expect "--use-case" scopegen init --use
expect "stripe" scopegen init --provider st
# INPUT: tables and directories, not other files.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/tables" && touch "$scratch/app.yaml" "$scratch/old.yml" "$scratch/notes.txt"
cd "$scratch"
expect "app.yaml old.yml tables" scopegen lint --strict ""
cd - >/dev/null

# The lists match --help: every command, and every option of each command.
help_commands=$("$scopegen" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF {print $1}' | sort | tr '\n' ' ')
got_commands=$(complete_words scopegen "" | tr ' ' '\n' | grep -v '^--' | sort | tr '\n' ' ')
[[ -n $help_commands && $help_commands == "$got_commands" ]] \
  || fail "commands: --help lists '$help_commands', completion offers '$got_commands'"
for cmd in $help_commands; do
  help_options=$("$scopegen" "$cmd" --help | grep -oE '^ +(-[a-z],)?--[a-z-]+' | sed 's/.*--/--/' | sort -u | tr '\n' ' ')
  got_options=$(complete_words scopegen "$cmd" -- | tr ' ' '\n' | sort -u | tr '\n' ' ')
  [[ -n $help_options && $help_options == "$got_options" ]] \
    || fail "$cmd: --help lists '$help_options', completion offers '$got_options'"
done

if ((failures)); then exit 1; fi
echo "completion: all checks passed"

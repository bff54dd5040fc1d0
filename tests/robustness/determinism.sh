#!/usr/bin/env bash
# Output is byte-identical across runs, working directories, where the tables live, the order
# (and repetition) of inputs on the command line, and locales; a second run rewrites nothing.
#   determinism.sh SCOPEGEN REPO
source "$(dirname "$0")/common.sh"
scopegen=$1
repo=$2

# The reference: the README's command, from the repository root.
(cd "$repo" && "$scopegen" generate --out "$work/ref" data)
[[ -f $work/ref/cpp/scopegen/xero.hpp && -f $work/ref/ts/xero.ts && -f $work/ref/json/xero.scopes.json ]] ||
  fail "the reference run did not generate the expected files"
same() {  # same NAME DIR: DIR holds exactly the reference's files, byte for byte
  diff -r "$work/ref" "$2" >/dev/null || { diff -r "$work/ref" "$2" | head -n 20 >&2; fail "$1 differs"; }
  echo "determinism: $1: identical"
}

# Twice into the same directory: identical, and the second run leaves every file alone.
cp -a "$work/ref" "$work/again"
find "$work/again" -type f -exec touch -d "2001-01-01 00:00:00" {} +
before=$(find "$work/again" -type f -printf '%P %T@\n' | sort)
(cd "$repo" && "$scopegen" generate --out "$work/again" data)
same "a second run" "$work/again"
[[ $(find "$work/again" -type f -printf '%P %T@\n' | sort) == "$before" ]] ||
  fail "a second run rewrote files whose bytes did not change (their times moved)"

# Another working directory, absolute paths.
mkdir -p "$work/elsewhere"
(cd "$work/elsewhere" && "$scopegen" generate --out "$work/abs" "$repo/data")
same "another working directory, absolute paths" "$work/abs"

# The tables copied to another directory (another name, another depth), relative paths.
mkdir -p "$work/deep/er/tables-copy"
cp "$repo"/data/*.yaml "$work/deep/er/tables-copy/"
(cd "$work/deep" && "$scopegen" generate --out ../copy er/tables-copy)
same "the tables in another directory" "$work/copy"

# Files one by one, in reverse order, one of them twice and its directory too.
mapfile -t files < <(cd "$repo" && ls data/*.yaml | sort -r)
(cd "$repo" && "$scopegen" generate --out "$work/reversed" "${files[@]}" "${files[0]}" data)
same "inputs reversed and repeated" "$work/reversed"
mapfile -t shuffled < <(cd "$repo" && ls data/*.yaml | sort -t/ -k2.2)
(cd "$repo" && "$scopegen" generate --out "$work/shuffled" "${shuffled[@]}")
same "inputs in another order" "$work/shuffled"

# Every locale the machine has (at least C and POSIX; C.UTF-8 on Debian), and a time zone.
mapfile -t locales < <(locale -a 2>/dev/null || echo C)
for loc in "${locales[@]}"; do
  (cd "$repo" && LC_ALL=$loc LANG=$loc TZ=Pacific/Kiritimati "$scopegen" generate --out "$work/locale-$loc" data)
  same "LC_ALL=$loc" "$work/locale-$loc"
done

# A different umask changes permissions only, never bytes.
(cd "$repo" && umask 077 && "$scopegen" generate --out "$work/umask" data)
same "umask 077" "$work/umask"
echo "determinism: pass (${#locales[@]} locales)"

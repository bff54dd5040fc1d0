#!/usr/bin/env bash
# `manifest --merge` updates the file the user has: through a symbolic link to the file it names
# (the link stays a link, the real file gets the permissions), keeping the file's mode.
#   manifest_merge_keeps_file.sh SCOPEGEN REPO
source "$(dirname "$0")/common.sh"
scopegen=$1
repo=$2
case_dir=$repo/tests/cases/manifest_merge_adds_missing_permissions
merge() { "$scopegen" manifest pay --no-shipped-catalogues --merge "$1" "$case_dir/input" 2>/dev/null; }

# A link in the project to the manifest kept elsewhere, mode 0600.
mkdir -p "$work/real" "$work/project"
cp "$case_dir/out_before/stripe-app.json" "$work/real/stripe-app.json"
chmod 0600 "$work/real/stripe-app.json"
ln -s ../real/stripe-app.json "$work/project/stripe-app.json"
merge "$work/project/stripe-app.json" || fail "the merge through a link failed"
[[ -L $work/project/stripe-app.json ]] || fail "the link was replaced by a regular file"
[[ $(readlink "$work/project/stripe-app.json") == ../real/stripe-app.json ]] || fail "the link changed"
cmp -s "$work/real/stripe-app.json" "$case_dir/expected/stripe-app.json" || fail "the linked file was not updated"
[[ $(stat -c %a "$work/real/stripe-app.json") == 600 ]] || fail "mode 0600 became $(stat -c %a "$work/real/stripe-app.json")"
echo "manifest_merge_keeps_file: a linked manifest was updated through its link, mode 0600 kept"

# A regular file, mode 0755 (a manifest in a repository that marks files executable).
cp "$case_dir/out_before/stripe-app.json" "$work/plain.json"
chmod 0755 "$work/plain.json"
merge "$work/plain.json" || fail "the merge failed"
cmp -s "$work/plain.json" "$case_dir/expected/stripe-app.json" || fail "the file was not updated"
[[ $(stat -c %a "$work/plain.json") == 755 ]] || fail "mode 0755 became $(stat -c %a "$work/plain.json")"
left=$(find "$work" -name '*.scopegen-tmp')
[[ -z $left ]] || fail "temporaries left: $left"
echo "manifest_merge_keeps_file: mode 0755 kept; no temporary left"
echo "manifest_merge_keeps_file: pass"

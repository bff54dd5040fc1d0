#!/usr/bin/env bash
# Incremental builds of the consumer project (tests/cmake/consumer) against an installed scopegen,
# with one CMake generator: after a full build the next build does no work; editing a table
# regenerates and recompiles only the sources that include a changed header; editing a template
# regenerates; touching an input, a template or the tool without changing it recompiles nothing;
# a template that adds an output gets declared (CMake re-runs once) and the build settles again.
#
#   incremental.sh <generator> <work dir> <scopegen build dir> <consumer source> <imported|executable>
#
# imported: the tool is the package's IMPORTED scopegen::scopegen; executable: SCOPEGEN_EXECUTABLE
# names the installed binary (the cross-build override). Everything is copied into <work dir>, so
# the edits never touch the repository. Set CMAKE (and NINJA) to the programs to use.
set -euo pipefail

generator=$1 work=$2 scopegen_build=$3 consumer_source=$4 tool_mode=$5
cmake=${CMAKE:-cmake}

rm -rf "$work"
mkdir -p "$work"
prefix=$work/prefix src=$work/src build=$work/build
"$cmake" --install "$scopegen_build" --prefix "$prefix" >"$work/install.log"
cp -r "$consumer_source" "$src"

options=(-DSCOPEGEN_CONSUME=package "-DCMAKE_PREFIX_PATH=$prefix")
case $tool_mode in
  imported) ;;
  executable) options+=("-DSCOPEGEN_EXECUTABLE=$prefix/bin/scopegen") ;;
  *) echo "usage: tool mode is imported or executable" >&2; exit 2 ;;
esac
"$cmake" -S "$src" -B "$build" -G "$generator" "${options[@]}" >"$work/configure.log"

failures=0
fail() {
  echo "FAIL [$generator, $tool_mode] $*" >&2
  failures=$((failures + 1))
}

# build: one `cmake --build`, its log in $log. Sets
#   generated     yes when scopegen ran
#   compiled      the sources compiled, sorted, space-separated
#   linked        yes when the program was relinked
#   reconfigured  yes when CMake re-ran
step=0
build() {
  step=$((step + 1))
  log=$work/build-$step.log
  if ! "$cmake" --build "$build" >"$log" 2>&1; then
    cat "$log" >&2
    fail "build $step failed"
    exit 1
  fi
  generated=no linked=no reconfigured=no
  grep -q "Generating consumer_scopes with scopegen" "$log" && generated=yes
  grep -q "Linking CXX executable" "$log" && linked=yes
  grep -Eq "Re-running CMake|Configuring done" "$log" && reconfigured=yes
  compiled=$(grep -Eo 'Building CXX object [^ ]+' "$log" | sed 's|.*/||; s|\.o$||' | sort | xargs || true)
}

# expect <what> <generated> <compiled sources> [reconfigured]: build once and compare.
expect() {
  local what=$1 want_generated=$2 want_compiled=$3 want_reconfigured=${4:-no}
  build
  [[ $generated == "$want_generated" ]] || fail "$what: scopegen ran: $generated, expected $want_generated (log $log)"
  [[ $compiled == "$want_compiled" ]] || fail "$what: compiled '$compiled', expected '$want_compiled' (log $log)"
  [[ $reconfigured == "$want_reconfigured" ]] || fail "$what: CMake re-ran: $reconfigured, expected $want_reconfigured (log $log)"
  if [[ -z $want_compiled && $linked == yes ]]; then fail "$what: relinked although nothing compiled (log $log)"; fi
  echo "ok: $what (scopegen ran: $generated; compiled: ${compiled:-nothing}; CMake re-ran: $reconfigured)"
}

# expect_no_work <after what>: the next build does nothing at all.
expect_no_work() {
  local what="no work after $1"
  if [[ $generator == Ninja ]]; then
    local dry
    dry=$("${NINJA:-ninja}" -C "$build" -n -d explain 2>&1)
    if grep -q "ninja explain:" <<<"$dry" || ! grep -q "no work to do" <<<"$dry"; then
      fail "$what: ninja -n -d explain says there is work:"$'\n'"$dry"
    fi
  fi
  build
  if grep -Eq "Generating|Building|Linking|Re-running CMake|Configuring" "$log"; then
    fail "$what: the build did work:"$'\n'"$(cat "$log")"
  fi
  if [[ $generator == Ninja ]] && ! grep -q "no work to do" "$log"; then
    fail "$what: ninja did not say 'no work to do' (log $log)"
  fi
  echo "ok: $what"
}

# expect_output <what> <line>: the program prints <line>.
expect_output() {
  local out
  out=$("$build/app/consumer") || fail "$1: the consumer failed: $out"
  grep -qxF "$2" <<<"$out" || fail "$1: the consumer does not print '$2'; it prints:"$'\n'"$out"
}

all_sources="extra_part.cpp main.cpp stripe_part.cpp xero_part.cpp"
profile=$src/scopes/app.yaml
extension=$src/scopes/extensions/stripe-widgets.yaml
template=$src/templates/cpp/scopegen/consumer_extra.hpp.mustache

expect "full build" yes "$all_sources"
expect_output "full build" "xero_required=7"
expect_output "full build" "extra_revision=1"
expect_no_work "the full build"

# A table edit that changes app.hpp only: one more scope in the profile.
sed -i 's/^      - {name: openid, purpose: .*}$/&\n      - {name: email, purpose: Send the user sync reports}/' "$profile"
grep -q "name: email" "$profile" || fail "the test could not edit $profile"
expect "a scope added to the profile" yes "main.cpp"
expect_output "a scope added to the profile" "xero_required=8"
expect_no_work "the profile edit"

# A table edit that changes stripe.hpp (and app.hpp's includes): this project's catalogue addition.
sed -i 's/Widgets, revision 1\./Widgets, revision 2./' "$extension"
expect "the catalogue addition edited" yes "main.cpp stripe_part.cpp"
expect_output "the catalogue addition edited" "widget_description=Grants access to Widgets, revision 2."
expect_no_work "the catalogue edit"

# A template edit (this project's TEMPLATES directory).
sed -i 's/kRevision = 1;/kRevision = 2;/' "$template"
expect "a template edited" yes "extra_part.cpp"
expect_output "a template edited" "extra_revision=2"
expect_no_work "the template edit"

# Touched, not changed: scopegen runs once, writes nothing, nothing recompiles, then no work.
touch "$profile"
expect "the profile touched" yes ""
expect_no_work "the profile touch"
touch "$template"
expect "a template touched" yes ""
expect_no_work "the template touch"
# A shipped catalogue reaches the build only through scopegen's depfile.
touch "$prefix/share/scopegen/data/stripe.yaml"
expect "a shipped catalogue touched (depfile)" yes ""
expect_no_work "the shipped catalogue touch"
# The tool itself (DEPENDS on the IMPORTED target or on SCOPEGEN_EXECUTABLE).
touch "$prefix/bin/scopegen"
expect "the tool touched" yes ""
expect_no_work "the tool touch"

# A built-in template edited (found through the depfile): only JSON changes, nothing recompiles.
json_template="$prefix/share/scopegen/templates/json/{provider}.{kind}.json.mustache"
json=$build/consumer_scopes/json/stripe.permissions.json
[[ -f $json_template ]] || fail "no built-in template $json_template to edit"
before=$(cksum <"$json")
printf '\n' >>"$json_template"
expect "a built-in JSON template edited" yes ""
[[ $(cksum <"$json") != "$before" ]] || fail "a built-in JSON template edited: $json did not change"
expect_no_work "the built-in template edit"

# A template that adds an output: scopegen runs (the templates directory changed), the new file is
# written, the next build re-runs CMake once to declare it, then the build settles.
added=$src/templates/cpp/scopegen/consumer_added.hpp.mustache
printf '#ifndef CONSUMER_ADDED_HPP\n#define CONSUMER_ADDED_HPP\n#endif\n' >"$added"
expect "a template added" yes ""
[[ -f $build/consumer_scopes/cpp/scopegen/consumer_added.hpp ]] || fail "a template added: consumer_added.hpp not generated"
if [[ $generator == Ninja ]]; then
  # Newly declared outputs have no entry in .ninja_log yet, so Ninja runs scopegen once more.
  expect "the added output declared" yes "" yes
  grep -q "consumer_added.hpp" "$build/build.ninja" || fail "consumer_added.hpp is not a BYPRODUCT in build.ninja"
else
  expect "the added output declared" no "" yes
fi
expect_no_work "the added template"

if ((failures)); then
  echo "$failures check(s) failed; logs in $work" >&2
  exit 1
fi
echo "incremental [$generator, $tool_mode]: all checks passed"

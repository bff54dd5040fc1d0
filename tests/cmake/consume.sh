#!/usr/bin/env bash
# The consumer project (tests/cmake/consumer) built and run with `ctest --build-and-test`, getting
# scopegen one of the three ways users do, then rebuilt until a build does no work.
#
#   consume.sh package      <generator> <work dir> <scopegen source> <scopegen build dir>
#   consume.sh deb          <generator> <work dir> <scopegen source> <scopegen build dir>
#   consume.sh subdirectory <generator> <work dir> <scopegen source>
#   consume.sh fetchcontent <generator> <work dir> <scopegen source>
#
# package: `cmake --install` of the scopegen build into <work dir>/prefix, checks of what is
# installed and that the installed tool reads its own templates and catalogues, then
# find_package(scopegen CONFIG). deb: the same, from the package `cpack -G DEB` makes of the build,
# unpacked with `dpkg-deb -x` into a scratch root (no root needed), its tool stripped. subdirectory, fetchcontent: scopegen is built inside the consumer's
# build, as a user's would be; its own tests must not be. Set CMAKE, CTEST (and NINJA) to the
# programs to use.
set -euo pipefail
# Makefiles build serially unless told otherwise, and `ctest --build-and-test` ignores
# CMAKE_BUILD_PARALLEL_LEVEL and clears MAKEFLAGS: scopegen itself takes minutes that way. Its
# build runs make through a wrapper that passes -j (below).
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}

mode=$1 generator=$2 work=$3 scopegen_source=$4 scopegen_build=${5:-}
cmake=${CMAKE:-cmake} ctest=${CTEST:-ctest}
consumer=$scopegen_source/tests/cmake/consumer
build=$work/build

failures=0
fail() {
  echo "FAIL [$mode, $generator] $*" >&2
  failures=$((failures + 1))
}

rm -rf "$work"
mkdir -p "$work"
options=("-DSCOPEGEN_CONSUME=${mode/deb/package}")  # a .deb is a package to find_package
case $mode in
  package|deb)
    if [[ $mode == package ]]; then
      prefix=$work/prefix
      "$cmake" --install "$scopegen_build" --prefix "$prefix" >"$work/install.log"
    else
      "${CPACK:-cpack}" -G DEB --config "$scopegen_build/CPackConfig.cmake" -B "$work/cpack" \
        >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; exit 1; }
      debs=("$work"/cpack/scopegen_*.deb)
      [[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { fail "cpack made no single .deb: ${debs[*]}"; exit 1; }
      dpkg-deb -x "${debs[0]}" "$work/root"
      prefix=$work/root/usr
      dpkg-deb -f "${debs[0]}" Package Version Depends >"$work/control"
      grep -q "^Version: $(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")/\1/p' \
        "$scopegen_build/CPackConfig.cmake")" "$work/control" || fail "the package's version: $(cat "$work/control")"
      grep -q "^Depends:.*libyaml-cpp" "$work/control" || fail "the package does not depend on yaml-cpp: $(cat "$work/control")"
      grep -q "^Depends:.*libyaml-0-2" "$work/control" || fail "the package does not depend on libyaml: $(cat "$work/control")"
      if readelf -S "$prefix/bin/scopegen" | grep -q '\.debug_\|\.symtab'; then
        fail "the packaged tool is not stripped"
      fi
      [[ -f $prefix/share/doc/scopegen/copyright ]] || fail "not packaged: share/doc/scopegen/copyright"
    fi
    for f in bin/scopegen share/bash-completion/completions/scopegen \
             lib/cmake/scopegen/scopegenConfig.cmake lib/cmake/scopegen/scopegenConfigVersion.cmake \
             lib/cmake/scopegen/scopegenTargets.cmake lib/cmake/scopegen/scopegen.cmake \
             share/scopegen/templates/cpp/scopegen/core.hpp.mustache \
             share/scopegen/data/xero.yaml share/scopegen/data/stripe.yaml share/scopegen/data/codat.yaml \
             share/scopegen/schema/app.schema.json share/scopegen/schema/catalogue.schema.json; do
      [[ -e $prefix/$f ]] || fail "not installed: $f"
    done
    bash -c 'source "$1" && complete -p scopegen' _ "$prefix/share/bash-completion/completions/scopegen" \
      >/dev/null || fail "the installed bash completion does not register scopegen"
    # The installed tool, run from elsewhere, reads the installed templates and catalogues (its
    # depfile lists every file read), not those of the source tree it was built from.
    (cd / && "$prefix/bin/scopegen" generate --out "$work/direct" --depfile "$work/direct.d" \
                                   "$consumer/scopes/app.yaml" "$consumer/scopes/extensions") \
      || fail "the installed scopegen failed outside its build tree"
    grep -q "^  $prefix/share/scopegen/templates/cpp/" "$work/direct.d" \
      || fail "the installed scopegen did not read $prefix/share/scopegen/templates"
    grep -q "^  $prefix/share/scopegen/data/xero.yaml" "$work/direct.d" \
      || fail "the installed scopegen did not read $prefix/share/scopegen/data"
    if grep -q "$scopegen_source/\(templates\|data\)/" "$work/direct.d"; then
      fail "the installed scopegen read files of the source tree: $(cat "$work/direct.d")"
    fi
    options+=("-DCMAKE_PREFIX_PATH=$prefix" -DCONSUMER_OLD_POLICIES=ON)
    expect_tool="IMPORTED=TRUE"
    ;;
  subdirectory|fetchcontent)
    # A snapshot of the tree (without .git, node_modules and build trees), so that edits made
    # while the test runs cannot make a rebuild compile scopegen again.
    mkdir -p "$work/scopegen"
    tar -C "$scopegen_source" -c --exclude=./.git --exclude=./node_modules \
        --exclude-tag-all=CMakeCache.txt . | tar -C "$work/scopegen" -x
    options+=("-DSCOPEGEN_SOURCE_DIR=$work/scopegen" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)
    # Built as users build it: fetchcontent in Release with GCC (its -O3 passes warn about
    # things -O0 never sees) as a unity build (CMAKE_UNITY_BUILD: about 3 minutes on two cores,
    # against 4 or more for one object per source, which the test tree covers), subdirectory
    # with Clang when there is one (CXX to override), one object per source.
    core_source=$work/scopegen/generator/model/build.cpp
    if [[ $mode == fetchcontent ]]; then
      options+=(-DCMAKE_BUILD_TYPE=Release -DCMAKE_UNITY_BUILD=ON)
      core_source=scopegen_core.dir/Unity/unity_0_cxx.cxx
    elif [[ -z ${CXX:-} ]] && command -v clang++ >/dev/null; then
      options+=(-DCMAKE_CXX_COMPILER=clang++)
    fi
    expect_tool="IMPORTED=FALSE ALIASED_TARGET=scopegen"
    ;;
  *) echo "usage: consume.sh package|deb|subdirectory|fetchcontent ..." >&2; exit 2 ;;
esac
output_dir=$build/consumer_scopes
if [[ $mode == fetchcontent ]]; then  # OUTPUT_DIR, once
  output_dir=$build/generated/scopes
  options+=("-DCONSUMER_OUTPUT_DIR=$output_dir")
fi

build_program=()
if [[ $generator == "Unix Makefiles" ]]; then
  make_program=$(command -v "${MAKE:-make}")
  printf '#!/bin/sh\nexec "%s" -j%s "$@"\n' "$make_program" "$CMAKE_BUILD_PARALLEL_LEVEL" >"$work/make"
  chmod +x "$work/make"
  build_program=(--build-makeprogram "$work/make")
fi

start=$SECONDS
if ! "$ctest" --build-and-test "$consumer" "$build" --build-generator "$generator" \
       "${build_program[@]}" \
       --build-options "${options[@]}" --test-command "$ctest" -V --output-on-failure \
       >"$work/build-and-test.log" 2>&1; then
  cat "$work/build-and-test.log" >&2
  fail "ctest --build-and-test failed"
  exit 1
fi
echo "ok: built and ran the consumer in $((SECONDS - start)) s"
grep -q "consumer: scopegen::scopegen $expect_tool" "$work/build-and-test.log" \
  || fail "scopegen::scopegen is not what $mode gives ($expect_tool)"
grep -q "consumer: all checks passed" "$work/build-and-test.log" || fail "the consumer's checks did not pass"
if [[ $mode == subdirectory || $mode == fetchcontent ]]; then
  # scopegen's own sources compile without a warning in a consumer's build (issue 17): a user
  # should not read scopegen's problems in their build log. Not hidden by flags: the consumer's
  # targets get scopegen's -Wall -Wextra -Wpedantic.
  # GCC reports some at the library header it inlined (char_traits.h), under scopegen's source,
  # so every warning of the log counts: the consumer's own code must be clean as well.
  warnings=$(grep -E ": warning:" "$work/build-and-test.log" || true)
  [[ -z $warnings ]] || fail "scopegen's sources warn in the consumer's build:
$warnings"
  # ... and the check means something only if those flags reached scopegen's sources.
  grep -q -- "-Wextra -Wpedantic.*$core_source" "$build/compile_commands.json" \
    || fail "scopegen's sources were not compiled with -Wall -Wextra -Wpedantic"
fi
[[ -f $output_dir/cpp/scopegen/xero.hpp && -f $output_dir/json/stripe.permissions.json ]] \
  || fail "no C++ and JSON outputs in $output_dir"
[[ -f $build/consumer_cpp_only/cpp/scopegen/xero.hpp ]] || fail "TARGETS cpp wrote no C++ header"
[[ ! -e $build/consumer_cpp_only/ts && ! -e $build/consumer_cpp_only/json ]] \
  || fail "TARGETS cpp wrote other targets: $(ls "$build/consumer_cpp_only")"
grep -q '^export const XeroScope = {' "$build/consumer_frontend/ts/xero.ts" \
  && ! grep -q '^export enum' "$build/consumer_frontend/ts/xero.ts" \
  || fail "TS_STYLE const did not give const objects in consumer_frontend/ts/xero.ts"
[[ -f $build/consumer_frontend/npm/package.json && ! -e $build/consumer_frontend/cpp ]] \
  || fail "TARGETS ts npm: $(ls "$build/consumer_frontend")"

if [[ $mode != package && $mode != deb ]]; then
  # scopegen as a subproject: its own tests are neither built nor registered.
  tests=$("$ctest" --test-dir "$build" -N | grep -Eo 'Total Tests: [0-9]+' || true)
  [[ $tests == "Total Tests: 1" ]] || fail "expected only the consumer's test, ctest -N says '$tests'"
  if find "$build" -name 'scopegen_unit_tests*' | grep -q .; then fail "scopegen's unit tests were built"; fi
fi

# Rebuild until nothing happens. From a package the list of outputs is known at the first configure,
# so the first rebuild already does no work. In-tree the tool did not exist then: the first rebuild
# re-runs CMake (and, with Ninja, scopegen) once to declare the outputs, and compiles nothing.
settle=1
[[ $mode == package || $mode == deb ]] || settle=2
for ((i = 1; i <= settle; i++)); do
  log=$work/rebuild-$i.log
  "$cmake" --build "$build" >"$log" 2>&1 || { cat "$log" >&2; fail "rebuild $i failed"; exit 1; }
  if ((i < settle)); then
    if grep -Eq "Building|Linking" "$log"; then fail "rebuild $i compiled something: $(cat "$log")"; fi
  elif grep -Eq "Generating|Building|Linking|Re-running CMake|Configuring" "$log"; then
    fail "rebuild $i did work: $(cat "$log")"
  fi
done
if [[ $generator == Ninja ]]; then
  dry=$("${NINJA:-ninja}" -C "$build" -n -d explain 2>&1)
  if grep -q "ninja explain:" <<<"$dry" || ! grep -q "no work to do" <<<"$dry"; then
    fail "ninja -n -d explain says there is work: $dry"
  fi
fi
echo "ok: rebuild $settle did no work"

if ((failures)); then
  echo "$failures check(s) failed; logs in $work" >&2
  exit 1
fi
echo "consume [$mode, $generator]: all checks passed"

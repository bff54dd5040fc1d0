#!/usr/bin/env bash
# The whole test suite, from a fresh clone: runs scripts/bootstrap.sh (the tool, generated/), checks
# that generated/ is what was committed, installs what only the tests need (doctest, Google
# Benchmark, gperf, Node.js and the packages of package-lock.json, clang), builds the tests and
# benchmarks in a build tree of their own, and runs every test (unit, golden, consumer builds, the
# Debian package, schema, generated/ freshness, robustness, CMake, benchmark smoke) through ctest,
# then the unit, golden and robustness tests under ASan/UBSan (about 5 minutes) and the three fuzz
# targets (tables, manifest --merge, templates), 30 s each.
# Environment: BUILD_DIR [build] (bootstrap's), TEST_BUILD_DIR [$BUILD_DIR/test]; FUZZ_SECONDS [30]
# per fuzz target; SCOPEGEN_SKIP_SANITIZERS=1 skips the last two.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
test_build_dir=${TEST_BUILD_DIR:-$build_dir/test}

# bootstrap builds and regenerates; a test then checks that generated/ is what was committed,
# so look at the committed tree before bootstrap rewrites it.
stale=0
# mypy checks the generated Python package (ctest python_mypy); a test-only tool, so not bootstrap's.
source scripts/ensure.sh
ensure -- mypy=mypy
if [[ -d .git ]] && ! git diff --quiet -- generated 2>/dev/null; then stale=1; fi
BUILD_DIR=$build_dir bash scripts/bootstrap.sh
if [[ $stale -eq 0 ]] && [[ -d .git ]] && ! git diff --quiet -- generated; then
  echo "scopegen: generated/ is stale: the committed files differ from what data/ and templates/ generate:" >&2
  git --no-pager diff --stat -- generated >&2
  echo "Refresh it with: bash scripts/bootstrap.sh && git add generated" >&2
  exit 1
fi

# What only the tests need. libbenchmark-dev and gperf: the benchmarks (bench/) build and
# smoke-run with the tests; bench/run.sh adds what only it needs (protobuf-compiler, time).
# dpkg-deb (always on Debian) unpacks the package cmake_consume_deb builds.
source scripts/ensure.sh
ensure doctest-dev libbenchmark-dev -- git=git node=nodejs npm=npm gperf=gperf make=make
# Node packages for the tests (ajv, TypeScript, the client libraries), pinned by package-lock.json.
if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

# Its own tree, with debug information and one object per source (the build the tests and the
# CMake module's tests expect); it compiles the tool again rather than reconfigure bootstrap's.
cmake -S . -B "$test_build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSCOPEGEN_WERROR="${SCOPEGEN_WERROR:-OFF}" >/dev/null
cmake --build "$test_build_dir"
ctest --test-dir "$test_build_dir" --output-on-failure -j "$(nproc)"

# Sanitizers and fuzzing need clang and its runtimes (libFuzzer, ASan, UBSan), test-only tools.
if [[ ${SCOPEGEN_SKIP_SANITIZERS:-0} != 1 ]]; then
  ensure libclang-rt-14-dev -- clang++=clang
  SANITIZE_BUILD_DIR=$build_dir/asan bash tests/sanitize/run.sh
  SANITIZE_BUILD_DIR=$build_dir/asan bash tests/fuzz/run.sh
fi

#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, builds, runs every test
# (unit, golden, consumer builds, schema, generated/ freshness, robustness, CMake, benchmark
# smoke) through ctest, then the unit, golden and robustness tests under ASan/UBSan (about 5
# minutes) and the three fuzz targets (tables, manifest --merge, templates), 30 s each.
# Environment: BUILD_DIR [build]; FUZZ_SECONDS [30] per fuzz target; SCOPEGEN_SKIP_SANITIZERS=1
# skips the last two.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}

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
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"

# Sanitizers and fuzzing need clang and its runtimes (libFuzzer, ASan, UBSan), test-only tools.
if [[ ${SCOPEGEN_SKIP_SANITIZERS:-0} != 1 ]]; then
  source scripts/ensure.sh
  ensure libclang-rt-14-dev -- clang++=clang
  SANITIZE_BUILD_DIR=$build_dir/asan bash tests/sanitize/run.sh
  SANITIZE_BUILD_DIR=$build_dir/asan bash tests/fuzz/run.sh
fi

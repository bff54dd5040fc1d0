#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what is missing, build scopegen into
# build/bin/scopegen, and regenerate generated/ from data/.
#   bash scripts/bootstrap.sh            # Release-ish build, tests included
# Environment: BUILD_DIR (default build), SCOPEGEN_WERROR=ON to make warnings errors (CI).
set -euo pipefail
cd "$(dirname "$0")/.."

# libbenchmark-dev and gperf: the benchmarks (bench/) build in the normal run; bench/run.sh adds
# what only it needs (protobuf-compiler, time). scripts/test.sh adds clang for the sanitizers.
source scripts/ensure.sh
ensure nlohmann-json3-dev libyaml-cpp-dev libcli11-dev doctest-dev libkainjow-mustache-dev libbenchmark-dev \
  -- g++=g++ cmake=cmake ninja=ninja-build git=git node=nodejs npm=npm gperf=gperf

# Node packages for the tests (ajv, TypeScript, the client libraries), pinned by package-lock.json.
if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSCOPEGEN_WERROR="${SCOPEGEN_WERROR:-OFF}" >/dev/null
cmake --build "$build_dir"
"$build_dir/bin/scopegen" generate --out generated data
echo "scopegen: built $build_dir/bin/scopegen and regenerated generated/ from data/"

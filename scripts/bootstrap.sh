#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what the generator needs, build only
# scopegen (Release, stripped) into build/bin/scopegen, and regenerate generated/ from data/.
# Tests, benchmarks, Node packages and clang are scripts/test.sh's business, in a build tree of its
# own (build/test), so neither script rebuilds what the other built.
#   bash scripts/bootstrap.sh
# Environment: BUILD_DIR (default build), SCOPEGEN_WERROR=ON to make warnings errors (CI).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/ensure.sh
ensure nlohmann-json3-dev libyaml-cpp-dev libyaml-dev libcli11-dev libkainjow-mustache-dev \
  -- g++=g++ cmake=cmake ninja=ninja-build

# A unity build parses the heavy headers (nlohmann/json, yaml-cpp, CLI11, Mustache) once per batch
# of sources instead of once per source: the build takes about half the CPU time. -s strips the
# tool as it is linked. Both are set for this build tree only; the test tree builds per source.
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DSCOPEGEN_BUILD_TESTS=OFF -DSCOPEGEN_BUILD_BENCH=OFF \
  -DCMAKE_UNITY_BUILD=ON -DCMAKE_EXE_LINKER_FLAGS_RELEASE=-s \
  -DSCOPEGEN_WERROR="${SCOPEGEN_WERROR:-OFF}" >/dev/null
cmake --build "$build_dir" --target scopegen
"$build_dir/bin/scopegen" generate --out generated data
echo "scopegen: built $build_dir/bin/scopegen and regenerated generated/ from data/"

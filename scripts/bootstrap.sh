#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what is missing, build scopegen into
# build/bin/scopegen, and regenerate generated/ from data/.
#   bash scripts/bootstrap.sh            # Release-ish build, tests included
# Environment: BUILD_DIR (default build), SCOPEGEN_WERROR=ON to make warnings errors (CI).
set -euo pipefail
cd "$(dirname "$0")/.."

# Libraries: by Debian package. Tools: by command, so a Node.js or CMake installed another way
# (as on many CI images) is used as it is rather than fought with.
# libbenchmark-dev and gperf: the benchmarks (bench/) build in the normal run; bench/run.sh adds
# what only it needs (protobuf-compiler, time).
libraries=(nlohmann-json3-dev libyaml-cpp-dev libcli11-dev doctest-dev libkainjow-mustache-dev
           libbenchmark-dev)
declare -A tools=([g++]=g++ [cmake]=cmake [ninja]=ninja-build [git]=git [node]=nodejs [npm]=npm
                  [gperf]=gperf)
missing=()
for p in "${libraries[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
for cmd in "${!tools[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${tools[$cmd]}")
done
if ((${#missing[@]})); then
  echo "scopegen: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

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

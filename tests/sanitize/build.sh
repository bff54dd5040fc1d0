#!/usr/bin/env bash
# Configures and builds scopegen with clang, AddressSanitizer and UndefinedBehaviorSanitizer (and
# libFuzzer's coverage instrumentation, so the fuzz target links against the same library):
#   bash tests/sanitize/build.sh TARGET...     # e.g. scopegen_unit_tests scopegen_golden_tests
# Shared by tests/sanitize/run.sh and tests/fuzz/run.sh. The build directory is
# ${SANITIZE_BUILD_DIR:-build/asan} (inside build/, so git ignores it).
set -euo pipefail
cd "$(dirname "$0")/../.."

build_dir=${SANITIZE_BUILD_DIR:-build/asan}
for tool in clang clang++; do
  if ! command -v "$tool" >/dev/null; then
    echo "sanitize: $tool is missing; run scripts/test.sh (it installs clang and libclang-rt-14-dev)" >&2
    exit 1
  fi
done

# -O1 keeps the sanitized tests fast enough; frame pointers give readable stacks;
# -fno-sanitize-recover makes the first UBSan report fatal, so no report goes unnoticed.
# A unity build, as bootstrap's: the heavy headers parsed once per batch, not once per source,
# which builds what the sanitizer runs need in about 5 minutes on two cores (CI has 90).
flags="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all"
flags+=" -fsanitize=fuzzer-no-link"
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
  CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="" -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_UNITY_BUILD=ON -DSCOPEGEN_INSTALL=OFF >/dev/null
fi
cmake --build "$build_dir" --target "$@"

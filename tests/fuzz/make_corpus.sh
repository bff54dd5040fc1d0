#!/usr/bin/env bash
# Writes the fuzzer's seed corpus into DIR:
#   bash tests/fuzz/make_corpus.sh DIR
# One seed per table file (data/, tests/cases/*/input/, tests/ts/edge/), and one per folder of
# tables joined with the fuzz target's file separator, so seeds hold catalogues and app
# profiles together as a real run sees them.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$1
mkdir -p "$out"
separator=$'\n#%%% next file %%%\n'   # kSeparator in pipeline_fuzzer.cpp

n=0
seed() { n=$((n + 1)); cat > "$out/seed-$(printf %04d "$n")"; }

shopt -s nullglob
for f in data/*.yaml tests/cases/*/input/*.yaml tests/cases/*/input/*/*.yaml tests/ts/edge/*.yaml; do
  seed < "$f"
done
# Folders as one input (the fuzz target reads at most 8 files).
for dir in data tests/cases/*/input; do
  files=("$dir"/*.yaml)
  ((${#files[@]} > 1)) || continue
  {
    first=1
    for f in "${files[@]:0:8}"; do
      ((first)) || printf '%s' "$separator"
      first=0
      cat "$f"
    done
  } | seed
done
echo "fuzz: $n seeds in $out"

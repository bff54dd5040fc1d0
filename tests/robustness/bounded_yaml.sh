#!/usr/bin/env bash
# Hostile YAML is refused (or read) in bounded time and memory by the real executable: each
# input below runs under `ulimit -v` (1 GiB of address space; limit_memory in common.sh) and a
# time limit, and must end with exit 1 and the diagnostic named, never a crash, a hang or
# std::bad_alloc.
#   bounded_yaml.sh SCOPEGEN REPO
source "$(dirname "$0")/common.sh"
scopegen=$1
repo=$2
mkdir -p "$work/in"

# The committed cases, and bigger versions made here.
cp "$repo/tests/cases/alias_bomb/input/bomb.yaml" "$work/in/alias_bomb.yaml"
cp "$repo/tests/cases/deep_nesting/input/deep.yaml" "$work/in/deep_flow_sequences.yaml"
# Mappings as the bomb's values: {x: *a, y: *a, ...} ten levels deep.
{
  echo "a0: &a0 {k0: x, k1: x, k2: x, k3: x, k4: x, k5: x, k6: x, k7: x, k8: x, k9: x}"
  for i in $(seq 1 9); do
    p=$((i - 1))
    echo "a$i: &a$i {k0: *a$p, k1: *a$p, k2: *a$p, k3: *a$p, k4: *a$p, k5: *a$p, k6: *a$p, k7: *a$p, k8: *a$p, k9: *a$p}"
  done
} > "$work/in/alias_bomb_mappings.yaml"
# 100 anchors nested around 300,000 scalars (900 KB): every level copied them all again (a
# million scalars took 7 GB).
awk 'BEGIN { printf "a: "; for (i = 0; i < 100; i++) printf "&a%d [", i;
             for (i = 0; i < 300000; i++) printf "x, "; printf "x";
             for (i = 0; i < 100; i++) printf "]"; print "" }' > "$work/in/nested_anchors.yaml"
# 100,000 levels of block sequences and of flow mappings.
awk 'BEGIN { printf "a:\n  "; for (i = 0; i < 100000; i++) printf "- "; print "x" }' > "$work/in/deep_block_sequences.yaml"
awk 'BEGIN { printf "a: "; for (i = 0; i < 100000; i++) printf "{a: "; printf "1";
             for (i = 0; i < 100000; i++) printf "}"; print "" }' > "$work/in/deep_flow_mappings.yaml"
# 300,000 keys in one mapping (3 MB), each one unknown: inserting them was quadratic (7 minutes
# here; a million took hours).
awk 'BEGIN { print "scopegen: 1"; print "kind: catalogue"; for (i = 0; i < 300000; i++) printf "k%d: 1\n", i }' \
  > "$work/in/wide_mapping.yaml"

expect() {  # expect FILE SECONDS PATTERN
  expect_refused "$1 ($(stat -c %s "$work/in/$1") bytes)" "$2" 1024 "$3" "$work/in" \
    generate --no-shipped-catalogues --out "$work/out" "$1"
}
expect alias_bomb.yaml 60 "an alias bomb"
expect alias_bomb_mappings.yaml 60 "an alias bomb"
expect nested_anchors.yaml 60 "anchors hold more than"
expect deep_flow_sequences.yaml 60 "nesting deeper than 256 levels"
expect deep_block_sequences.yaml 60 "nesting deeper than 256 levels"
expect deep_flow_mappings.yaml 60 "nesting deeper than 256 levels"
# Every key is diagnosed (E202 and 300,000 E203), the first 100 listed and the rest counted.
expect wide_mapping.yaml 180 "wide_mapping.yaml: note: 299901 more diagnostics in this file not shown"
echo "bounded_yaml: pass"

#!/usr/bin/env bash
# Hostile --templates are refused in bounded time and memory by the real executable (issue 12):
# partials that include themselves overflowed the stack, a chain of 20,000 partials did too,
# and partials that double their output at each level grew memory until std::bad_alloc. Each
# runs under limit_memory (2 GiB; common.sh) and a time limit, and must end with exit 1
# and the diagnostic named, never a crash, a hang or std::bad_alloc (also when the output has
# no newline, which kainjow buffers out of the sink's sight).
#   bounded_templates.sh SCOPEGEN REPO
source "$(dirname "$0")/common.sh"
scopegen=$1
repo=$2
mkdir -p "$work/in"
cp "$repo/tests/cases/template_syntax_error/input/demo.yaml" "$work/in/"

expect() {  # expect TEMPLATES SECONDS PATTERN
  expect_refused "$1" "$2" 2048 "$3" "$work" \
    generate --no-shipped-catalogues --out "$work/out" --templates "$1" in
}

# A partial that includes itself, once per entry.
mkdir -p "$work/loop/cpp"
printf '{{#entries}}\n{{> entry}}\n{{/entries}}\n' > "$work/loop/cpp/{provider}.txt.mustache"
printf '{{ident}} {{> entry}}\n' > "$work/loop/cpp/_entry.mustache"
expect loop 60 '\[E504\]'

# 20,000 partials, each including the next: no loop, but kainjow recursed off the stack.
mkdir -p "$work/chain/cpp"
printf '{{> l1}}\n' > "$work/chain/cpp/a.txt.mustache"
for ((i = 1; i <= 20000; i++)); do printf '{{> l%d}}\n' $((i + 1)) > "$work/chain/cpp/_l$i.mustache"; done
printf 'end\n' > "$work/chain/cpp/_l20001.mustache"
expect chain 120 '\[E505\]'

# 30 levels of partials, each including the next twice: 2^30 lines of 64 KiB (64 TiB).
mkdir -p "$work/doubling/cpp"
printf '{{> d1}}\n' > "$work/doubling/cpp/a.txt.mustache"
for ((i = 1; i <= 30; i++)); do printf '{{> d%d}}\n{{> d%d}}\n' $((i + 1)) $((i + 1)) > "$work/doubling/cpp/_d$i.mustache"; done
printf '%065535d\n' 0 > "$work/doubling/cpp/_d31.mustache"
expect doubling 120 '\[E506\]'

# The same on one line: 16 sections nested over the 4 entries, 1,000 bytes inside, no newline
# (4 TiB). kainjow holds a line until its newline, so this grew where the sink did not see it.
mkdir -p "$work/one_line/cpp"
{
  for ((i = 0; i < 16; i++)); do printf '{{#entries}}'; done
  printf '%01000d' 0
  for ((i = 0; i < 16; i++)); do printf '{{/entries}}'; done
  printf '\n'
} > "$work/one_line/cpp/{provider}.txt.mustache"
expect one_line 120 '\[E506\]'

# Work that prints nothing: 20 sections nested over the 4 entries (4^20 items, no output), and
# 31 levels of partials each including the next twice, ending in an empty one. Both ran for hours.
mkdir -p "$work/empty_sections/cpp" "$work/empty_partials/cpp"
{
  for ((i = 0; i < 20; i++)); do printf '{{#entries}}'; done
  for ((i = 0; i < 20; i++)); do printf '{{/entries}}'; done
  printf '\n'
} > "$work/empty_sections/cpp/{provider}.txt.mustache"
expect empty_sections 120 '\[E506\]'
printf '{{> e1}}\n' > "$work/empty_partials/cpp/a.txt.mustache"
for ((i = 1; i <= 31; i++)); do printf '{{> e%d}}{{> e%d}}' $((i + 1)) $((i + 1)) > "$work/empty_partials/cpp/_e$i.mustache"; done
: > "$work/empty_partials/cpp/_e32.mustache"
expect empty_partials 120 '\[E506\]'

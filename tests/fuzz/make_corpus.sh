#!/usr/bin/env bash
# Writes a fuzz target's seed corpus into DIR and its libFuzzer dictionary into DICT:
#   bash tests/fuzz/make_corpus.sh TARGET DIR DICT     # TARGET: pipeline | merge | templates
#   pipeline   one seed per table file (data/, tests/cases/*/input/, tests/ts/edge/), and one per
#              folder of tables joined with the separator, so seeds hold catalogues and app
#              profiles together as a real run sees them;
#   merge      every JSON file under tests/cases/*/out_before/ and */expected/ (the manifests the
#              --merge goldens start from and end with, and the generated JSON), and generated/;
#   templates  one seed per template (its path under the templates directory on the first line,
#              then its text), and one per templates directory (templates/ and each golden case's
#              tpl/) joined with the separator, partials included.
# Everything comes from the tree, so new golden cases seed the fuzzers without a change here.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=$1
out=$2
dict=$3
mkdir -p "$out"
separator=$'\n#%%% next file %%%\n'   # fuzz::kSeparator in support.hpp

n=0
seed() { n=$((n + 1)); cat > "$out/seed-$(printf %04d "$n")"; }
# A dictionary entry: the bytes quoted, escaped as libFuzzer reads them.
entry() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\x0a}
  s=${s//$'\r'/\\x0d}
  printf '"%s"\n' "$s"
}
joined() {  # joined READER ARG FILE...: `READER ARG FILE` of each file, as one input
  local reader=$1 arg=$2 first=1 f
  shift 2
  for f in "$@"; do
    ((first)) || printf '%s' "$separator"
    first=0
    "$reader" "$arg" "$f"
  done
}
table() { cat "$2"; }
# A template as the templates fuzzer reads it: the path under ROOT, a newline, the text.
template() { printf '%s\n' "${2#"$1"/}"; cat "$2"; }

shopt -s nullglob
case $target in
  pipeline)
    for f in data/*.yaml tests/cases/*/input/*.yaml tests/cases/*/input/*/*.yaml tests/ts/edge/*.yaml; do
      seed < "$f"
    done
    # Folders as one input (the fuzz target reads at most 8 files).
    for dir in data tests/cases/*/input; do
      files=("$dir"/*.yaml)
      ((${#files[@]} > 1)) || continue
      seed < <(joined table - "${files[@]:0:8}")
    done
    : > "$dict"
    ;;
  merge)
    for f in tests/cases/*/out_before/*.json tests/cases/*/expected/*.json tests/cases/*/expected/*/*.json \
      generated/*/*.json; do
      seed < "$f"
    done
    seed <<<"{}"
    seed <<<'{"permissions": []}'
    {
      for t in '{' '}' '[' ']' ':' ',' '"permissions"' '"permission"' '"purpose"' '"id"' '"version"' \
        '"name"' '"icon"' '"ui_extension"' '"distribution_type"' 'true' 'false' 'null' '-0' '1e999' \
        '-1e999' '1.5e-400' '18446744073709551616' '"\u0000"' '"\ud800"' '"\ud83d\ude00"' '\"' '\\' '//' '/*'; do
        entry "$t"
      done
      printf '"\\xef\\xbb\\xbf"\n"\\x0d\\x0a"\n"\\x09"\n"\\x0b"\n"\\x00"\n"\\xff"\n'
    } > "$dict"
    ;;
  templates)
    for dir in templates tests/cases/*/tpl; do
      files=()
      while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$dir" -name '*.mustache' -type f -print0 | sort -z)
      for f in "${files[@]}"; do seed < <(template "$dir" "$f"); done
      # The directory as one input, 8 files at a time (the fuzz target reads at most 8).
      for ((i = 0; i < ${#files[@]}; i += 8)); do
        ((${#files[@]} > 1)) || break
        seed < <(joined template "$dir" "${files[@]:i:8}")
      done
    done
    # A user's own partial and a template using it, and sections in sections: the shapes that
    # partial recursion and output that grows without bound are a few mutations away from.
    seed < <(printf 'cpp/_mine.mustache\n{{#entries}}{{count}}{{/entries}}%scpp/{provider}.mine.txt.mustache\n{{> mine}}{{> banner}}\n' "$separator")
    seed < <(printf 'cpp/{provider}.nested.txt.mustache\n{{#entries}}{{#entries}}{{count}}{{/entries}}{{/entries}}\n')
    {
      for t in '{{' '}}' '{{{' '}}}' '{{#' '{{^' '{{/' '{{>' '{{!' '{{&' '{{=' '=}}' '{{=<% %>=}}' \
        '{{.}}' '{{> banner}}' '{{> mine}}' '_mine.mustache' '{provider}' '{kind}' '{app}' '.mustache' '/_' 'cpp/' 'ts/' 'json/' 'md/' \
        'manifest/' 'cpp/scopegen/' '../' "$separator"; do
        entry "$t"
      done
      # Every tag the built-in templates use: the names the views have.
      grep -rhoE '\{\{[^}]*\}\}' templates | sort -u | while IFS= read -r t; do entry "$t"; done
    } > "$dict"
    ;;
  *)
    echo "make_corpus: unknown target '$target' (pipeline, merge or templates)" >&2
    exit 2
    ;;
esac
echo "fuzz: $target: $n seeds in $out"

# data/*.operations.yaml are `scopegen import`'s output: import again from the provider sources
# into a temporary directory and fail, with the command that refreshes data/, when they differ.
#   bash tests/import/operations_current.sh SCOPEGEN SOURCE_DIR REFERENCE_DIR
set -euo pipefail
scopegen=$1
root=$2
ref=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/scopegen-import.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
check() {
  local provider=$1
  shift
  if ! "$scopegen" import "$provider" "$@" --catalogues "$root/data" --out "$work" >"$work/$provider.report"; then
    echo "FAIL import $provider:"
    cat "$work/$provider.report"
    failures=$((failures + 1))
    return
  fi
  if ! diff -u "$root/data/$provider.operations.yaml" "$work/$provider.operations.yaml"; then
    echo "FAIL data/$provider.operations.yaml is not what the sources give. Review the diff above, then refresh it:"
    echo "  $scopegen import $provider $* --out $root/data"
    failures=$((failures + 1))
  else
    echo "ok   data/$provider.operations.yaml"
  fi
}

check xero --openapi "$ref/xero-openapi" --scopes-page "$ref/xero-scopes-page-2026.txt"
check stripe --operations "$ref/stripe-operations.tsv" --manifest-schema "$ref/stripe-app.schema.json"
exit "$failures"

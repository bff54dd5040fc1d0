# scopegen and the JSON Schemas agree on every table of tests/schema/ (ajv's side is
# validate.mjs): each invalid table, which ajv rejects, scopegen rejects too with a positioned
# error; each valid table scopegen accepts.
#   bash tests/schema/parity.sh SCOPEGEN SOURCE_DIR
# Each table is read alone, as ajv reads it (--no-shipped-catalogues), so what one file cannot
# know is left out on both sides: references to providers and names other files define (E302,
# E304) are not counted. An app table is read with the shipped catalogues: its manifest's
# viewports and further keys are its provider's (provider.manifest_format in data/stripe.yaml),
# as app.schema.json embeds Stripe's.
set -euo pipefail
scopegen=$1
root=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/scopegen-parity.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
# The positioned errors of a run over one table, reference errors left out.
errors_of() {
  local file=$1
  local shipped=--no-shipped-catalogues
  if grep -qx "kind: app" "$file"; then shipped=; fi
  "$scopegen" generate $shipped --out "$work/out" "$file" 2>&1 >/dev/null |
    grep -E "^[^ ]+:[1-9][0-9]*:[1-9][0-9]*: error: .*\[E[0-9]+\]$" |
    grep -vE "\[E30[24]\]$" || true
}

cd "$root"
for file in tests/schema/invalid/*.yaml; do
  found=$(errors_of "$file")
  if [ -z "$found" ]; then
    echo "FAIL $file: ajv rejects it ($(sed -n 2p "$file")), scopegen does not"
    failures=$((failures + 1))
  else
    echo "ok   $file: $(echo "$found" | head -1)"
  fi
done
for file in tests/schema/valid/*.yaml; do
  found=$(errors_of "$file")
  if [ -n "$found" ]; then
    echo "FAIL $file: ajv accepts it, scopegen does not:"
    echo "$found" | sed 's/^/       /'
    failures=$((failures + 1))
  else
    echo "ok   $file"
  fi
done
echo "$failures disagreement(s)"
[ "$failures" -eq 0 ]

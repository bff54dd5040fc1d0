#!/usr/bin/env bash
# scan's SARIF against the SARIF 2.1.0 schema: a fresh run over the sample app with a profile
# lacking a scope (exit 1, an E901 result), and the golden cases' recorded outputs.
#   sarif.sh <scopegen> <node> <source dir> <work dir>
set -uo pipefail
scopegen=$1 node=$2 root=$3 work=$4
mkdir -p "$work"
"$scopegen" scan --format sarif \
  --profile "$root/tests/cases/scan_sample_app_missing_scope/input/app.yaml" \
  "$root/tests/scan/sample_app" >"$work/scan.sarif"
status=$?
[ "$status" -eq 1 ] || { echo "FAIL: scan exited $status, expected 1 (E901)"; exit 1; }
grep -q '"ruleId": "E901"' "$work/scan.sarif" || { echo "FAIL: no E901 result"; exit 1; }
"$node" "$root/tests/scan/validate_sarif.mjs" "$work/scan.sarif" \
  "$root/tests/cases/scan_sample_app_sarif/stdout.txt" \
  "$root/tests/cases/scan_sarif_utf16_columns/stdout.txt"

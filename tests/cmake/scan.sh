#!/usr/bin/env bash
# scopegen_scan() in a tiny project: the build passes with the sample app's own profile and fails,
# printing E901 at the call, with a profile that lacks a scope the code needs; scopegen_generate()
# with EVIDENCE shows the scan's calls in the review.
#   scan.sh <scopegen> <source dir> <work dir>
set -euo pipefail
tool=$1 root=$2 work=$3
rm -rf "$work"
configure() {
  "${CMAKE:-cmake}" -S "$root/tests/cmake/scan_project" -B "$work/$1" -G Ninja \
    -DSCOPEGEN_EXECUTABLE="$tool" -DSCOPEGEN_MODULE="$root/cmake/scopegen.cmake" \
    -DSAMPLE_APP="$root/tests/scan/sample_app" -DSCAN_PROFILE="$2" "${@:3}" >/dev/null
}
configure ok "$root/tests/scan/sample_app/app.yaml"
"${CMAKE:-cmake}" --build "$work/ok" >/dev/null || { echo "FAIL: the build with the right profile failed"; exit 1; }
configure missing "$root/tests/cases/scan_sample_app_missing_scope/input/app.yaml"
if "${CMAKE:-cmake}" --build "$work/missing" >"$work/missing.log" 2>&1; then
  echo "FAIL: the build with a profile lacking accounting.payments passed"
  exit 1
fi
grep -q "server.js:20:9: error: xero createPayment (POST /Payments) needs accounting.payments .*\[E901\]" "$work/missing.log" ||
  { echo "FAIL: no E901 at the call in the build's output:"; cat "$work/missing.log"; exit 1; }
# A second build of the passing project does not scan again (CONFIGURE_DEPENDS re-checks the
# globs, which is no scan); touching a source does.
if "${CMAKE:-cmake}" --build "$work/ok" 2>&1 | grep -q "Checking the API calls"; then
  echo "FAIL: the second build scanned again"
  exit 1
fi
# scopegen_generate(... EVIDENCE): the scan's JSON puts the calls in the review, and a new scan
# regenerates it.
"$tool" scan --format json --profile "$root/tests/scan/sample_app/app.yaml" \
  "$root/tests/scan/sample_app" >"$work/scan.json"
configure evidence "$root/tests/scan/sample_app/app.yaml" -DSCAN_EVIDENCE="$work/scan.json"
"${CMAKE:-cmake}" --build "$work/evidence" >/dev/null || { echo "FAIL: the build with EVIDENCE failed"; exit 1; }
review="$work/evidence/review/md/app-review.md"
grep -q "backend/src/server.js:20:9: createPayment" "$review" ||
  { echo "FAIL: the review does not show the createPayment call:"; cat "$review"; exit 1; }
sed -i 's/"line": 20,/"line": 21,/' "$work/scan.json"
"${CMAKE:-cmake}" --build "$work/evidence" >/dev/null
grep -q "backend/src/server.js:21:9: createPayment" "$review" ||
  { echo "FAIL: a new scan did not regenerate the review"; exit 1; }
echo "ok: scopegen_scan passes with the right profile, fails with E901 without accounting.payments"

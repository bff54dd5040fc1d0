# Sourced by the robustness scripts: strict mode, a work directory removed on exit, and fail().
set -euo pipefail
test_name=$(basename "$0" .sh)
work=$(mktemp -d "${TMPDIR:-/tmp}/scopegen-$test_name.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "$test_name: FAIL: $*" >&2; exit 1; }

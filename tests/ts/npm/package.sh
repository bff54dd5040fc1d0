#!/usr/bin/env bash
# The npm target as a frontend uses it: a scratch project installs the generated package from its
# folder (`npm install ./path`, offline: it has no dependencies), imports it by name and by
# subpath, compiles that with strict tsc (Node ESM resolution, then bundler resolution) and runs
# the emitted JavaScript with node.
#   package.sh <npm> <node> <tsc.js> <generated npm/ dir> <this folder> <scratch dir>
set -euo pipefail
npm=$1 node=$2 tsc=$3 package=$4 here=$5 scratch=$6

rm -rf "$scratch"
mkdir -p "$scratch"
cp "$here/consumer.ts" "$here/tsconfig.json" "$scratch/"
printf '{"name": "scratch", "private": true, "type": "module"}\n' >"$scratch/package.json"
cd "$scratch"
"$npm" install --offline --no-audit --no-fund --no-save "$package" >npm.log 2>&1 || { cat npm.log; exit 1; }
# The package is a dependency by its own name; no TypeScript comes with it.
test -f node_modules/@scopegen/tables/package.json
test ! -e node_modules/typescript

"$node" "$tsc" -p tsconfig.json --noEmit
"$node" "$tsc" -p tsconfig.json --noEmit --module preserve --moduleResolution bundler
"$node" "$tsc" -p tsconfig.json --outDir js
"$node" js/consumer.js

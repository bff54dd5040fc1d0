// The JSON outputs of tests/cases/hostile_descriptions: every file parses, and every string of
// the tables (read with js-yaml, independently of scopegen's loader) that a JSON output carries
// comes back byte for byte.
//   node hostile_json.mjs CASE_INPUT_DIR GENERATED_DIR
// Strings are matched by value: each table string must equal some string value of the outputs,
// except the few that by design reach only the C++ and TypeScript (listed below, by path).
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { createRequire } from "node:module";

const [inputDir, generatedDir] = process.argv.slice(2);
if (!inputDir || !generatedDir) {
  console.error("usage: node hostile_json.mjs CASE_INPUT_DIR GENERATED_DIR");
  process.exit(2);
}
// js-yaml from the repository's node_modules (this file is run from the source tree).
const require = createRequire(import.meta.url);
const yaml = require("js-yaml");

const files = (dir) =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

/** Every string value under `v`, as [path, string]. */
function strings(v, path, out) {
  if (typeof v === "string") out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${path}/${i}`, out));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) strings(x, `${path}/${k}`, out);
  return out;
}

const outputs = new Set();
let parsed = 0;
for (const f of files(generatedDir).filter((f) => f.endsWith(".json")).sort()) {
  let doc;
  assert.doesNotThrow(() => (doc = JSON.parse(readFileSync(f, "utf8"))), `${relative(generatedDir, f)} is valid JSON`);
  for (const [, s] of strings(doc, "", [])) outputs.add(s);
  parsed += 1;
}
assert.ok(parsed >= 3, "the case generates its JSON documents and the Stripe manifest");

// Not in any JSON output by design: the app's own name and the purposes of scope requests (a
// Stripe manifest carries permission purposes only; the C++, TypeScript and review document
// carry these), and the provider's own note and source.
const notInJson = [
  /^app\.yaml:\/app\/name$/,
  /^app\.yaml:\/providers\/books\/scopes\/\d+\/purpose$/,
  /^books\.yaml:\/provider\/(note|source)$/,
];
// Only the hostile strings: ids, names, dates and the like are not the point here.
const hostile = /[^ -~]|["\\`*$<{%]/;

let checked = 0;
const missing = [];
for (const f of readdirSync(inputDir).filter((n) => n.endsWith(".yaml")).sort()) {
  const doc = yaml.load(readFileSync(join(inputDir, f), "utf8"));
  for (const [path, s] of strings(doc, `${f}:`, [])) {
    if (!hostile.test(s) || notInJson.some((re) => re.test(path))) continue;
    checked += 1;
    if (!outputs.has(s)) missing.push(`${path}: ${JSON.stringify(s)}`);
  }
}
assert.ok(checked >= 30, `the case holds hostile strings (found ${checked})`);
assert.deepEqual(missing, [], "every hostile table string reads back exactly from the JSON outputs");
console.log(`hostile_json: ${parsed} JSON files parse; ${checked} hostile strings read back exactly`);

// Validates stripe-app.json files against Stripe's schema (structure) and scopegen's Stripe
// table (permission names).
//   node tests/stripe/validate_manifest.mjs <permissions.json> <stripe-app.json>...
// Prints a line per file and `N passed, M failed`; exits 1 on any failure.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(join(here, 'stripe-app.schema.json'), 'utf8'));
// The enum lags Stripe's permission table; names are checked against scopegen's table below.
delete schema.properties.permissions.items.properties.permission.enum;

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('uri', (s) => URL.canParse(s));
const validate = ajv.compile(schema);

const [tableFile, ...manifests] = process.argv.slice(2);
if (!tableFile || manifests.length === 0) {
  console.error('usage: validate_manifest.mjs <permissions.json> <stripe-app.json>...');
  process.exit(2);
}
const known = new Set(JSON.parse(readFileSync(tableFile, 'utf8')).permissions.map((p) => p.name));

let passed = 0;
let failed = 0;
for (const file of manifests) {
  const problems = [];
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push(`not JSON: ${e.message}`);
  }
  if (manifest !== undefined) {
    if (!validate(manifest)) {
      for (const e of validate.errors) problems.push(`${e.instancePath || '/'} ${e.message}`);
    }
    const seen = new Set();
    for (const p of manifest.permissions ?? []) {
      if (!known.has(p.permission)) problems.push(`unknown permission ${p.permission}`);
      if (seen.has(p.permission)) problems.push(`permission ${p.permission} listed twice`);
      seen.add(p.permission);
    }
  }
  if (problems.length === 0) {
    passed += 1;
    console.log(`ok   ${file}`);
  } else {
    failed += 1;
    console.log(`FAIL ${file}`);
    for (const p of problems) console.log(`       ${p}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

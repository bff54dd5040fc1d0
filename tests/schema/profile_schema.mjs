// The generated profile schema (json/<app>.profile.schema.json, scopegen's json target) with
// ajv (draft 2020-12, strict): it compiles, the example profile data/app.yaml passes it, and
// each misspelt name that `scopegen lint` rejects is rejected by it too, while schema/
// app.schema.json (names by pattern only) accepts the same document: the catalogues' names are
// what the generated schema adds.
//   node tests/schema/profile_schema.mjs GENERATED_SCHEMA PROFILE
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { load } from 'js-yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [schemaPath, profilePath] = process.argv.slice(2);
let failed = 0;
const fail = (why) => {
  failed += 1;
  console.log(`FAIL ${why}`);
};

function compile(path) {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  ajv.addFormat('uri', { type: 'string', validate: (s) => URL.canParse(s) });
  return ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
}
const generated = compile(schemaPath);
const base = compile(join(root, 'schema', 'app.schema.json'));
const profile = load(readFileSync(profilePath, 'utf8'));

if (!generated(profile)) {
  fail(`${profilePath} does not pass ${schemaPath}: ${JSON.stringify(generated.errors)}`);
} else {
  console.log(`ok   ${profilePath} passes the generated schema`);
}

// Each case misspells one name, as the lint and golden cases do; where is its JSON path.
// `pattern` cases the base schema rejects by its name patterns already.
const cases = [
  ['scope', (p) => (p.providers.xero.scopes[0].name = 'accounting.transaction')],
  ['permission (pattern)', (p) => (p.providers.stripe.permissions[1].name = 'invoice_reed')],
  ['permission', (p) => (p.providers.stripe.permissions[1].name = 'invoices_read')],
  ['use case', (p) => (p.providers.xero.use_cases[0] = 'automating_recievables')],
  ['event', (p) => (p.providers.stripe.events[0] = 'invoice.payed')],
  ['operation', (p) => (p.providers.xero.operations[0] = 'getAcounts')],
  ['purpose key', (p) => (p.providers.xero.purposes['acounting.settings'] = 'x')],
  ['scheme', (p) => (p.providers.xero.scheme = 'granualr')],
  ['provider', (p) => (p.providers.xeor = p.providers.xero)],
];
for (const [what, misspell] of cases) {
  const doc = structuredClone(profile);
  misspell(doc);
  if (generated(doc)) fail(`the generated schema accepts a misspelt ${what}`);
  else console.log(`ok   rejects a misspelt ${what}`);
  if (!what.endsWith('(pattern)') && !base(doc))
    fail(`app.schema.json rejects the misspelt ${what} too: the case tests nothing of the names`);
}
// A "METHOD /path" operation is still free: scopegen matches it against the table's paths.
const doc = structuredClone(profile);
doc.providers.xero.operations[0] = 'GET /Accounts';
if (!generated(doc)) fail(`the generated schema rejects "GET /Accounts": ${JSON.stringify(generated.errors)}`);
else console.log('ok   accepts "METHOD /path" operations');

if (failed) process.exit(1);
console.log('profile_schema: all checks passed');

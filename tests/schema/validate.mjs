// Validates the YAML tables against schema/*.schema.json with ajv (draft 2020-12, strict).
//
//   data/*.yaml                 must pass the schema their first line names
//   tests/schema/valid/*.yaml   must pass
//   tests/schema/invalid/*.yaml must fail, for the reason their second line names:
//                               `# expect: <substring>` must occur in one of ajv's errors
//                               (message, instancePath, keyword or params).
//
// Every file's first line is `# yaml-language-server: $schema=<path relative to the file>`.
// Prints one line per file, then `N passed, M failed`; exits 1 on any failure.
// Run from anywhere: node tests/schema/validate.mjs [--verbose]   (or: npm run test:schema)

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { load } from 'js-yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const rel = (p) => relative(root, p).split('\\').join('/');

const SCHEMA_FILES = ['catalogue.schema.json', 'app.schema.json', 'operations.schema.json', 'sdks.schema.json'];
const SCHEMA_COMMENT = /^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$/;
const EXPECT_COMMENT = /^#\s*expect:\s*(.*?)\s*$/;

// --verbose: also print the errors of the invalid fixtures that were rejected as expected.
const verbose = process.argv.includes('--verbose');

let passed = 0;
let failed = 0;

function pass(file, what) {
  passed += 1;
  console.log(`ok   ${rel(file)}${what ? ` (${what})` : ''}`);
}

function fail(file, why, details = []) {
  failed += 1;
  console.log(`FAIL ${rel(file)}: ${why}`);
  for (const d of details) console.log(`       ${d}`);
}

// --- schemas ---------------------------------------------------------------------------------

const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
// `format: uri` (kept from Stripe's manifest schema): a string the WHATWG URL parser accepts.
ajv.addFormat('uri', {
  type: 'string',
  validate: (s) => {
    try {
      new URL(s);
      return true;
    } catch {
      return false;
    }
  },
});

const validators = new Map(); // absolute schema path -> validate function
for (const name of SCHEMA_FILES) {
  const path = join(root, 'schema', name);
  try {
    const schema = JSON.parse(readFileSync(path, 'utf8'));
    validators.set(path, ajv.compile(schema));
    pass(path, 'schema compiles in strict mode');
  } catch (e) {
    fail(path, `schema does not compile: ${e.message}`);
  }
}

// --- helpers ---------------------------------------------------------------------------------

function yamlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

function formatError(e) {
  const params = Object.keys(e.params ?? {}).length ? ` ${JSON.stringify(e.params)}` : '';
  return `${e.instancePath || '/'} ${e.message} [${e.keyword}]${params}`;
}

// Reads a table: its text, the schema its first line names, the validator, the parsed document.
// Returns {error} when any of that is missing or broken.
function readTable(file) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split(/\r?\n/);
  const m = SCHEMA_COMMENT.exec(lines[0] ?? '');
  if (!m) return { error: 'first line is not `# yaml-language-server: $schema=<path>`' };
  const schemaPath = resolve(dirname(file), m[1]);
  const validate = validators.get(schemaPath);
  if (!validate) return { error: `first line names ${m[1]} (${rel(schemaPath)}), not a compiled schema/ file` };
  let doc;
  try {
    doc = load(text, { filename: rel(file) });
  } catch (e) {
    return { error: `YAML does not parse: ${e.message.split('\n')[0]}` };
  }
  return { lines, schemaName: rel(schemaPath).replace(/^schema\//, ''), validate, doc };
}

function mustPass(file) {
  const t = readTable(file);
  if (t.error) return fail(file, t.error);
  if (t.validate(t.doc)) return pass(file, t.schemaName);
  const errors = t.validate.errors ?? [];
  fail(file, `${errors.length} schema error(s) against ${t.schemaName}`, errors.map(formatError));
}

function mustFail(file) {
  const t = readTable(file);
  if (t.error) return fail(file, t.error);
  const m = EXPECT_COMMENT.exec(t.lines[1] ?? '');
  if (!m || !m[1]) return fail(file, 'second line is not `# expect: <substring>`');
  const expected = m[1];
  if (t.validate(t.doc)) return fail(file, `validates against ${t.schemaName} but must not (expected: ${expected})`);
  const errors = t.validate.errors ?? [];
  // Where the expected substring may occur: the message, the instancePath, the keyword, a param
  // value (e.g. the offending additionalProperty), or "<instancePath> <message>" for precision.
  const hit = errors.some((e) =>
    [
      e.message ?? '',
      e.instancePath,
      e.keyword,
      ...Object.values(e.params ?? {}).map(String),
      `${e.instancePath} ${e.message ?? ''}`,
    ].some((s) => s.includes(expected)),
  );
  if (!hit) return fail(file, `rejected, but no error mentions "${expected}"`, errors.map(formatError));
  pass(file, `rejected: ${expected}`);
  if (verbose) for (const e of errors) console.log(`       ${formatError(e)}`);
}

// --- run -------------------------------------------------------------------------------------

if (validators.size === SCHEMA_FILES.length) {
  const data = yamlFiles(join(root, 'data'));
  if (data.length === 0) console.log('note: no data/*.yaml files yet');
  data.forEach(mustPass);

  const valid = yamlFiles(join(root, 'tests', 'schema', 'valid'));
  const invalid = yamlFiles(join(root, 'tests', 'schema', 'invalid'));
  if (valid.length === 0) fail(join(root, 'tests', 'schema', 'valid'), 'no valid fixtures');
  if (invalid.length === 0) fail(join(root, 'tests', 'schema', 'invalid'), 'no invalid fixtures');
  valid.forEach(mustPass);
  invalid.forEach(mustFail);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

// Validates SARIF files against the SARIF 2.1.0 JSON Schema (tests/scan/sarif-schema-2.1.0.json,
// the OASIS TC's file, oasis-tcs/sarif-spec sarif-2.1/schema/, unchanged) with ajv from
// package-lock.json. The schema is draft-04: ajv 8 reads it as draft-07 once its `id` is
// `$id`, which is the only draft-04 keyword it uses. Nothing is downloaded.
//
//   node tests/scan/validate_sarif.mjs FILE.sarif...
// Prints one line per file; exits 1 when any file is invalid or is not a SARIF 2.1.0 log
// with at least one run.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(join(here, 'sarif-schema-2.1.0.json'), 'utf8'));
schema.$id = schema.id;
delete schema.id;
schema.$schema = 'http://json-schema.org/draft-07/schema#';

const ajv = new Ajv({ strict: false, allErrors: true });
const parses = (s, base) => {
  try {
    new URL(s, base);
    return true;
  } catch {
    return false;
  }
};
ajv.addFormat('uri', { type: 'string', validate: (s) => parses(s) });
ajv.addFormat('uri-reference', { type: 'string', validate: (s) => parses(s, 'file:///') });
ajv.addFormat('date-time', {
  type: 'string',
  validate: (s) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s),
});
const validate = ajv.compile(schema);

let failed = 0;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(readFileSync(file, 'utf8'));
  const ok = validate(log) && log.version === '2.1.0' && log.runs.length > 0;
  if (ok) {
    console.log(`ok   ${file} (${log.runs[0].results.length} results)`);
  } else {
    failed += 1;
    console.log(`FAIL ${file}`);
    for (const e of validate.errors ?? []) console.log(`       ${e.instancePath} ${e.message}`);
  }
}
if (process.argv.length < 3) {
  console.log('usage: node tests/scan/validate_sarif.mjs FILE.sarif...');
  process.exit(2);
}
process.exit(failed ? 1 : 0);

// The review document is pasted into Xero's certification form and Stripe's review: rendered
// as Markdown, every cell must read exactly as the tables say, with no escape left visible.
// Usage: node review_renders.mjs [--complete] DIR...   (each DIR holds md/<app>-review.md and
// json/<app>-review.json; --complete before a DIR: every row of it must show a purpose, as the
// shipped example profile's must, since the reviewer reads one for each requested name)
import fs from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt();
let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) {
    passed++;
  } else {
    failed++;
    console.error(`FAIL ${what}`);
  }
};

// A table cell is one line: the view drops control and invisible layout characters (bidi
// controls, zero-width characters, BOM) and folds line breaks, as the hostile case shows. The
// visible text must otherwise be the tables' text, character for character.
const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]/gu;
const oneLine = (text) => text.replace(invisible, ' ').replace(/\u0085/gu, ' ').replace(/\s+/gu, ' ').trim();

// The text a reader sees in each cell of each table body row.
function renderedRows(markdown) {
  const tokens = md.parse(markdown, {});
  const rows = [];
  let row = null;
  let inBody = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'tbody_open') inBody = true;
    if (t.type === 'tbody_close') inBody = false;
    if (!inBody) continue;
    if (t.type === 'tr_open') row = [];
    if (t.type === 'tr_close') rows.push(row);
    if (t.type === 'inline' && row) {
      row.push((t.children ?? []).map((c) => c.content).join(''));
    }
  }
  return rows;
}

const complete = new Set();
const dirs = [];
let nextComplete = false;
for (const arg of process.argv.slice(2)) {
  if (arg === '--complete') {
    nextComplete = true;
    continue;
  }
  if (nextComplete) complete.add(arg);
  nextComplete = false;
  dirs.push(arg);
}
for (const dir of dirs) {
  const mdFile = fs.readdirSync(path.join(dir, 'md')).find((f) => f.endsWith('-review.md'));
  const jsonFile = fs.readdirSync(path.join(dir, 'json')).find((f) => f.endsWith('-review.json'));
  const rendered = renderedRows(fs.readFileSync(path.join(dir, 'md', mdFile), 'utf8'));
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'json', jsonFile), 'utf8')).rows;
  check(rendered.length === expected.length, `${dir}: ${rendered.length} table rows, ${expected.length} in review.json`);
  expected.forEach((want, i) => {
    const got = rendered[i] ?? [];
    const cells = [
      ['name', want.name],
      ['access', want.access],
      ['description', want.description],
      ['needed by', want.needed_by.join('; ')],
      ['purpose', want.purpose],
      ['restrictions', want.restrictions.length ? want.restrictions.join('; ') : 'none'],
      ['notes', want.notes.join('; ')],
    ];
    // A provider with an operation table has an Operations column: the declared operations,
    // then how many of the table's the name allows (review.json lists them).
    if (want.allows_operations) {
      const declared = want.operations.length ? `${want.operations.join(', ')}; ` : '';
      const ofTable = /of (\d+)$/.exec(got[7] ?? '');
      cells.push(['operations', `${declared}allows ${want.allows_operations.length} of ${ofTable ? ofTable[1] : '?'}`]);
    }
    cells.forEach(([what, text], k) => {
      check(got[k] === oneLine(text), `${dir} row ${want.name} ${what}: rendered ${JSON.stringify(got[k])}, tables say ${JSON.stringify(text)}`);
    });
    check(!/use case '/.test(got[3] ?? ''), `${dir} row ${want.name}: use cases by label, not id`);
    if (complete.has(dir)) check((got[4] ?? '') !== '', `${dir} row ${want.name}: a purpose`);
  });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

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

// With --evidence: after each provider's table, a bullet per requested name (in the rows' order),
// and below it a bullet per call, as the reader sees them: ["accounting.contacts",
// ["server.js:15:23: getContacts", ...]], or the name followed by ": no call found".
function renderedCalls(markdown) {
  const tokens = md.parse(markdown, {});
  const items = [];
  let depth = 0;
  let inCalls = false; // inside the list after "Calls in the code ..." (not the use cases' list)
  let nextInline = null; // 1: a name's bullet, 2: a call's
  for (const t of tokens) {
    if (t.type === 'bullet_list_open') depth++;
    if (t.type === 'bullet_list_close' && --depth === 0) inCalls = false;
    if (t.type === 'list_item_open' && inCalls) nextInline = depth;
    if (t.type !== 'inline') continue;
    const text = (t.children ?? []).map((c) => c.content).join('');
    if (depth === 0 && text.startsWith('Calls in the code')) inCalls = true;
    if (nextInline === 1) items.push([text, []]);
    else if (nextInline === 2 && items.length) items[items.length - 1][1].push(text);
    nextInline = null;
  }
  return items;
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
  // The calls of --evidence: review.json's `calls`, rendered as nested bullets.
  const markdown = fs.readFileSync(path.join(dir, 'md', mdFile), 'utf8');
  const withCalls = expected.filter((row) => row.calls);
  check(withCalls.length === 0 || withCalls.length === expected.length, `${dir}: every row has calls, or none`);
  if (withCalls.length) {
    const items = renderedCalls(markdown);
    check(items.length === expected.length, `${dir}: ${items.length} names with calls, ${expected.length} rows`);
    check(expected.some((row) => row.calls.length), `${dir}: the evidence shows at least one call`);
    expected.forEach((want, i) => {
      const [name, calls] = items[i] ?? ['', []];
      const title = want.calls.length ? want.name : `${want.name}: no call found`;
      check(name === title, `${dir} calls of ${want.name}: rendered ${JSON.stringify(name)}`);
      const sites = want.calls.map((c) => `${c.file}:${c.line}:${c.column}: ${c.operations.join(' or ')}`);
      check(JSON.stringify(calls) === JSON.stringify(sites),
        `${dir} calls of ${want.name}: rendered ${JSON.stringify(calls)}, review.json says ${JSON.stringify(sites)}`);
    });
  } else {
    check(!/^Calls in the code/m.test(markdown), `${dir}: no evidence, no calls section`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

// bench/run.sh's last step: reads the results directory and prints one Markdown table of the
// measurements against issue 7's targets; the per-method details go to <dir>/details.md.
//   node bench/report.mjs <results dir>
// Every figure is a median over all samples (all repetitions of all invocations, or all runs).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/report.mjs <results dir>');
  process.exit(2);
}

const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const keyValues = (file) => {
  const out = {};
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) out[line.slice(0, at)] = line.slice(at + 1);
  }
  return out;
};
const tsv = (file) => {
  if (!existsSync(file)) return [];
  const [head, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = head.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i], v])));
};

// --- Google Benchmark: ns per operation (cpu_time / ops), every repetition of every invocation.
const samples = new Map();
for (const f of readdirSync(dir).filter((f) => /^bench_\d+\.json$/.test(f))) {
  const json = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  for (const b of json.benchmarks) {
    if (b.run_type !== 'iteration') continue;
    const scale = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 }[b.time_unit ?? 'ns'];
    const name = b.run_name ?? b.name;
    if (!samples.has(name)) samples.set(name, { cpu: [], real: [] });
    samples.get(name).cpu.push((b.cpu_time * scale) / (b.ops ?? 1));
    samples.get(name).real.push((b.real_time * scale) / (b.ops ?? 1));
  }
}
const ns = (name) => median(samples.get(name)?.cpu ?? []);
const spread = (name) => {
  const xs = samples.get(name)?.cpu ?? [];
  return xs.length ? Math.max(...xs) / Math.min(...xs) : NaN;
};

const env = keyValues(join(dir, 'env.txt'));
const noop = keyValues(join(dir, 'noop.txt'));
const compile = tsv(join(dir, 'compile.tsv'));
const gen = tsv(join(dir, 'generator.tsv'));

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const rows = [];
let met = 0;
let missed = 0;
const row = (n, what, ours, peer, ratio, target, ok) => {
  let verdict = '—';
  if (ok === true) {
    verdict = 'met';
    met++;
  } else if (ok === false) {
    verdict = '**MISSED**';
    missed++;
  }
  rows.push(`| ${n} | ${what} | ${ours} | ${peer} | ${ratio} | ${target} | ${verdict} |`);
};

// --- 1. parse.
const cats = [
  ['xero', 'xero (60 real names)'],
  ['stripe', 'stripe (132 real names)'],
  ['synth2000', 'synthetic (2,000 names)'],
];
// Operation keys (parse_operation): lookups only, against the same targets as scope parse.
const lookupCats = [
  ...cats,
  ['xero_ops', 'xero operations (477 real keys)'],
  ['stripe_ops', 'stripe operations (556 real keys)'],
];
for (const [cat, label] of lookupCats) {
  const ours = ns(`lookup/${cat}/mix/scopegen`);
  const umap = ns(`lookup/${cat}/mix/unordered_map`);
  const gperf = ns(`lookup/${cat}/mix/gperf`);
  row(1, `parse, 90/10 mix, ${label}`, `${f1(ours)} ns`, `unordered_map ${f1(umap)} ns`, `${f2(ours / umap)}×`, '≤ 0.5×',
    ours / umap <= 0.5);
  row(1, `parse, 90/10 mix, ${label}`, `${f1(ours)} ns`, `gperf ${f1(gperf)} ns`, `${f2(ours / gperf)}×`, '≤ 1.0×',
    ours / gperf <= 1.0);
}

// --- 2. to_string, sets, scope strings.
for (const [cat, label] of cats) {
  const call = ns(`to_string/${cat}/call`);
  row(2, `to_string, ${label}, out-of-line call`, `${f1(call)} ns`, `inline: ${f1(ns(`to_string/${cat}/inline`))} ns`, '',
    '≤ 3 ns', call <= 3);
}
for (const [cat, label] of cats) {
  for (const op of ['contains', 'subset']) {
    const t = ns(`set/${cat}/${op}`);
    row(2, `set ${op}, ${label}`, `${f2(t)} ns`, '', '', '≤ 1 ns', t <= 1);
  }
  // union stores its result; storing a copy of a set (no union) is the floor of that loop.
  const u = ns(`set/${cat}/union`);
  const copy = ns(`set/${cat}/copy`);
  row(2, `set union (result stored), ${label}`, `${f2(u)} ns`, `store of a copy ${f2(copy)} ns; net ${f2(u - copy)} ns`, '',
    '≤ 1 ns', u <= 1);
}
for (const [cat, label] of [cats[0], cats[2]]) {
  const ours = ns(`scope_string/${cat}/scopegen`);
  const peer = ns(`scope_string/${cat}/split_unordered_map`);
  row(2, `parse_scope_string, 30 names, ${label}`, `${f1(ours)} ns (${f1(ours / 30)}/name)`,
    `split + unordered_map ${f1(peer)} ns`, `${f2(ours / peer)}×`, 'report', undefined);
}

// --- 3. Compile cost: user+sys CPU seconds (robust to other processes on the machine); wall in details.
const compileMedian = (tu, field) =>
  median(compile.filter((r) => r.tu === tu).map((r) => (field === 'cpu' ? +r.user_s + +r.sys_s : +r[field])));
const stdCpu = compileMedian('std_only', 'cpu');
for (const [tu, label, target] of [
  ['all_real', 'compile: TU including every generated header, real data/', true],
  ['all_synth2000', 'compile: TU including every generated header, 2,000 names', true],
  ['use_real', 'compile: same, real, parse/to_string/scope strings called', false],
  ['use_synth2000', 'compile: same, 2,000 names, parse/to_string/scope strings called', false],
]) {
  const t = compileMedian(tu, 'cpu');
  row(3, label, `${f2(t)} s`, `std headers only ${f2(stdCpu)} s`, `${f2(t / stdCpu)}×`, target ? '≤ 2×' : 'report',
    target ? t / stdCpu <= 2 : undefined);
}

// --- 4. The generator: user+sys CPU seconds and peak RSS, scopegen vs protoc, per size.
const genMedian = (tool, size, field) =>
  median(gen.filter((r) => r.tool === tool && r.size === String(size)).map((r) =>
    field === 'cpu' ? +r.user_s + +r.sys_s : +r[field]));
const sizes = [...new Set(gen.filter((r) => r.size !== 'real').map((r) => +r.size))].sort((a, b) => a - b);
for (const n of sizes) {
  const ours = genMedian('scopegen', n, 'cpu');
  const peer = genMedian('protoc', n, 'cpu');
  row(4, `generator, ${n.toLocaleString('en')} synthetic scopes, CPU time`, `${f2(ours)} s`, `protoc ${f2(peer)} s`,
    `${f2(ours / peer)}×`, '≤ 1.0×', ours / peer <= 1);
  const rss = genMedian('scopegen', n, 'maxrss_kb') / 1024;
  const prss = genMedian('protoc', n, 'maxrss_kb') / 1024;
  row(4, `generator, ${n.toLocaleString('en')} synthetic scopes, peak RSS`, `${f1(rss)} MB`, `protoc ${f1(prss)} MB`,
    `${f2(rss / prss)}×`, 'report', undefined);
}
if (sizes.includes(10000) && sizes.includes(100000)) {
  const a = genMedian('scopegen', 10000, 'cpu');
  const b = genMedian('scopegen', 100000, 'cpu');
  row(4, 'generator linearity: 100k / 10k, CPU time', `${f2(b)} s`, `10k ${f2(a)} s`, `${f1(b / a)}×`, '≤ 12×',
    b / a <= 12);
}
{
  const cpu = genMedian('scopegen', 'real', 'cpu');
  const wall = genMedian('scopegen', 'real', 'wall_s');
  row(4, 'generator on the real data/ (fresh output dir)', `${Math.round(cpu * 1000)} ms CPU`,
    `wall ${Math.round(wall * 1000)} ms`, '', '< 50 ms', cpu < 0.05);
}

// --- 5. No-op rebuilds.
row(5, 'second `scopegen generate` into the same dir: files rewritten', `${noop.rewritten} of ${noop.files}`, '', '',
  '0', noop.rewritten === '0');
row(5, 'build tool: third build after a clean one (bench tree, scopegen_generate)',
  noop.build3_no_work === '1' ? 'ninja: no work to do' : `${noop.build3} steps`,
  `second build: ${noop.build2} steps, ${noop.build2_compiled} compiles/links` +
    (noop.build2_rerun_cmake !== '0' ? ', CMake re-ran once (documented in cmake/scopegen.cmake)' : ''),
  '', 'nothing to do', noop.build3_no_work === '1' && noop.build3 === '0');

const header = [
  `scopegen benchmarks — ${env.date ?? ''}, ${env.cpu ?? '?'} (${env.cpus ?? '?'} CPUs), ${env.compiler ?? ''}`,
  `load at start: ${(env.uptime ?? '').replace(/.*load average: /, '')}; at end: ${(env.uptime_end ?? '').replace(/.*load average: /, '')}; commit ${env.commit ?? '?'}`,
  `lookups: ns per call, median of all repetitions (${env.runs ?? ''}); compile and generator: median user+sys CPU seconds`,
  '',
  '| # | what | scopegen | compared with | ratio | target | verdict |',
  '|---|---|---:|---|---:|---|---|',
];
console.log([...header, ...rows, '', `${met} targets met, ${missed} missed.`].join('\n'));

// --- Details: every lookup cell, net of the call floor; compile and generator wall times.
const details = ['# Details', '', '## Lookups (ns per call, median; spread = max/min over samples)', '',
  '| catalogue | workload | method | ns | net of null | vs unordered_map | spread |', '|---|---|---|---:|---:|---:|---:|'];
for (const [cat] of lookupCats) {
  for (const load of ['mix', 'hit', 'miss']) {
    const floor = ns(`lookup/${cat}/${load}/null`);
    const umap = ns(`lookup/${cat}/${load}/unordered_map`);
    for (const m of ['null', 'scopegen', 'scopegen_optional', 'unordered_map', 'gperf']) {
      const name = `lookup/${cat}/${load}/${m}`;
      details.push(`| ${cat} | ${load} | ${m} | ${f1(ns(name))} | ${f1(ns(name) - floor)} | ${f2(ns(name) / umap)}× | ${f2(spread(name))} |`);
    }
  }
}
details.push('', '## Other benchmarks (ns per op, median)', '', '| benchmark | ns | spread |', '|---|---:|---:|');
for (const name of [...samples.keys()].filter((n) => !n.startsWith('lookup/')).sort()) {
  details.push(`| ${name} | ${f2(ns(name))} | ${f2(spread(name))} |`);
}
details.push('', '## Compile (seconds, median)', '', '| TU | CPU | wall | runs |', '|---|---:|---:|---:|');
for (const tu of [...new Set(compile.map((r) => r.tu))]) {
  details.push(`| ${tu} | ${f3(compileMedian(tu, 'cpu'))} | ${f3(compileMedian(tu, 'wall_s'))} | ${compile.filter((r) => r.tu === tu).length} |`);
}
details.push('', '## Generator (median)', '', '| tool | size | CPU s | wall s | peak RSS MB | runs |', '|---|---|---:|---:|---:|---:|');
for (const size of [...sizes, 'real']) {
  for (const tool of ['scopegen', 'protoc']) {
    const n = gen.filter((r) => r.tool === tool && r.size === String(size)).length;
    if (!n) continue;
    details.push(`| ${tool} | ${size} | ${f3(genMedian(tool, size, 'cpu'))} | ${f3(genMedian(tool, size, 'wall_s'))} | ${f1(genMedian(tool, size, 'maxrss_kb') / 1024)} | ${n} |`);
  }
}
details.push('', '## Environment', '', '```', readFileSync(join(dir, 'env.txt'), 'utf8').trim(), '```');
writeFileSync(join(dir, 'details.md'), details.join('\n') + '\n');
console.log(`\n(per-method details: ${join(dir, 'details.md')})`);

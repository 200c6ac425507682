// npm run bench: Lectern against reveal.js and a static page (the floor) on the seed deck and on
// generated decks of 200, 2,000 and 5,000 slides, in the production build, plus Lectern's longest
// task on a heavy 5 MB deck. Prints a table and Lectern's targets, writes bench/results.json and
// flags every figure more than 20% worse than bench/baseline.json. A report: exits 0 unless it breaks.
// Environment: BENCH_ROUNDS (default 5), BENCH_DECKS (default seed,200,2000,5000,heavy: any of
// them, or another slide count), BENCH_SAVE=1 (also write results as the new baseline).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, platform } from 'node:os';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium.mjs';
import { METRICS, TOOL_NAMES, checkTargets, regressions, stat, statsOf, table } from './report.mjs';
import { longestTask, measure } from './sample.mjs';
import { REVEAL_VERSION, benchPlugin, slideCount } from './server.mjs';

/** @typedef {import('./probe.mjs').Tool} Tool @typedef {import('./sample.mjs').Sample} Sample */

const RESULTS = 'bench/results.json';
const BASELINE = 'bench/baseline.json';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DECKS = (process.env.BENCH_DECKS ?? 'seed,200,2000,5000,heavy').split(',').map((d) => d.trim()).filter(Boolean);
const TOOLS = /** @type {Tool[]} */ (['lectern', 'reveal', 'floor']);

if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`BENCH_ROUNDS must be a whole number ≥ 1, not ${process.env.BENCH_ROUNDS}`);
for (const deck of DECKS) {
  if (!/^(seed|heavy|\d+)$/.test(deck) || deck === '0' || deck === '1') {
    throw new Error(`BENCH_DECKS: "${deck}" is not seed, heavy or a slide count of 2 or more`);
  }
}
if (!existsSync('dist/index.html')) {
  console.error('No build: run npm run build first (npm run bench builds).');
  process.exit(1);
}

const started = Date.now();
const browser = await chromium.launch(chromiumLaunchOptions());
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  chromium: browser.version(),
  node: process.version,
  os: `${platform()} ${release()}`,
};
await browser.close();
console.log(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Chromium ${machine.chromium}, Node ${machine.node}, reveal.js ${REVEAL_VERSION}`);

const server = await preview({
  configFile: 'e2e/preview.config.ts',
  logLevel: 'silent',
  plugins: [benchPlugin()],
  preview: { host: '127.0.0.1', port: 0, strictPort: true },
});
const address = server.httpServer.address();
const APP = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

const decks = DECKS.filter((d) => d !== 'heavy').map((name) => ({ name, slides: slideCount(name) }));
/** @type {Record<string, Record<Tool, Sample[]>>} */
const samples = Object.fromEntries(decks.map(({ name }) => [name, { lectern: [], reveal: [], floor: [] }]));
/** @type {number[]} */
const longest = [];

/** @param {number | null | 'timeout' | undefined} x @param {string} unit */
const fig = (x, unit = 'ms') => (x === null || x === undefined ? '—' : x === 'timeout' ? 'timeout' : `${Math.round(x)} ${unit}`);
/** @param {Sample} s */
function summary(s) {
  const next = stat(s.nextSlideMs);
  const mib = (/** @type {number | null | 'timeout'} */ x) => (typeof x === 'number' ? (x / 2 ** 20).toFixed(1) : (x ?? '—'));
  return [
    `first ${fig(s.firstHeadingMs)}`,
    `next ${next ? fig(next.median) : '—'}`,
    `burst ${fig(s.burstMs)}`,
    `overview ${fig(s.overviewMs)}`,
    `deep ${fig(s.deepLinkMs)}`,
    `heap ${mib(s.heapLoad)}/${mib(s.heapWalk)} MiB`,
    `nodes ${s.nodesLoad ?? '—'}/${s.nodesWalk ?? '—'}`,
    `JS+CSS ${s.firstLoad ? ((s.firstLoad.jsGzip + s.firstLoad.cssGzip) / 1024).toFixed(1) : '—'} KiB gz`,
  ].join(' · ');
}

try {
  // Warm the disk cache and the server so that the first sample is not the odd one out.
  for (const tool of TOOLS) await measure(APP, tool, 'seed', 2).catch(() => undefined);
  for (let round = 1; round <= ROUNDS; round++) {
    // Each round starts with another tool, so that none is always measured first or last.
    const order = TOOLS.map((_, i) => /** @type {Tool} */ (TOOLS[(i + round - 1) % TOOLS.length]));
    for (const { name, slides } of decks) {
      for (const tool of order) {
        const t = Date.now();
        const sample = await measure(APP, tool, name, slides);
        samples[name]?.[tool].push(sample);
        console.log(`round ${round}/${ROUNDS}  ${name.padEnd(5)} ${TOOL_NAMES[tool].padEnd(10)} ${summary(sample)}  (${((Date.now() - t) / 1000).toFixed(1)} s)`);
      }
    }
    if (DECKS.includes('heavy')) {
      const t = Date.now();
      longest.push(await longestTask(`${APP}?src=fixtures/heavy/5000.md`));
      console.log(`round ${round}/${ROUNDS}  heavy Lectern    longest task ${Math.round(longest.at(-1) ?? NaN)} ms  (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    }
  }
} finally {
  await server.close();
}

const results = Object.fromEntries(
  decks.map(({ name, slides }) => [
    name,
    { slides, tools: Object.fromEntries(TOOLS.map((tool) => [tool, { stats: statsOf(samples[name]?.[tool] ?? []), samples: samples[name]?.[tool] ?? [] }])) },
  ]),
);
const longestTaskMs = stat(longest);
const checks = checkTargets(results, longestTaskMs);
const seconds = Math.round((Date.now() - started) / 1000);

console.log(table(results, longestTaskMs, checks));
console.log(`\n${ROUNDS} round(s), a fresh browser per sample; next slide pools 20 presses a sample. ${Math.floor(seconds / 60)} min ${seconds % 60} s.`);
console.log(`\nLectern's targets (${checks.filter((c) => c.ok).length} ok, ${checks.filter((c) => !c.ok).length} MISSED)`);
for (const c of checks) console.log(`  ${c.what.padEnd(44)} ${c.value.padStart(10)}   ${c.target.padEnd(26)} ${c.ok ? 'ok' : 'MISSED'}`);

const report = {
  date: new Date().toISOString(),
  machine,
  revealVersion: REVEAL_VERSION,
  rounds: ROUNDS,
  seconds,
  units: Object.fromEntries(METRICS.map((m) => [m.key, m.unit === 'ms' ? 'ms' : m.unit ? 'bytes' : 'count'])),
  results,
  longestTaskMs: longestTaskMs && { ...longestTaskMs, samples: longest },
  targets: checks.map(({ what, value, target, ok }) => ({ what, value, target, ok })),
};
writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote ${RESULTS}.`);

if (existsSync(BASELINE)) {
  const base = JSON.parse(readFileSync(BASELINE, 'utf8'));
  const flagged = regressions(report, base);
  const sameMachine = base.machine?.cpu === machine.cpu && base.machine?.cores === machine.cores;
  console.log(`\nAgainst ${BASELINE} (${base.date}${sameMachine ? '' : `, another machine: ${base.machine?.cpu}, ${base.machine?.cores} cores`}):`);
  if (flagged.length === 0) console.log('  no figure more than 20% worse.');
  else for (const line of flagged) console.log(`  WORSE ${line}`);
} else {
  console.log(`\nNo baseline yet: run with BENCH_SAVE=1 to write one (${BASELINE}).`);
}
if (process.env.BENCH_SAVE === '1') {
  writeFileSync(BASELINE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${BASELINE}: commit it to make it the baseline.`);
}

// npm run bench: how fast Lectern opens decks small and huge, how fast the overview opens on a big
// deck, how much memory a huge deck takes, and how big the bundle is. Needs a build (npm run build).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const APP = 'http://127.0.0.1:4273/';
const DECKS = 'http://127.0.0.1:4274';
const RUNS = 5;
// "Well under a second" for the overview: 800 ms on this 2-core machine, headless, no GPU.
const TARGETS = { overviewMs: 800, hugeDeckOverSeed: 2, bundleGzipKb: 80 };

if (!existsSync('dist/index.html')) {
  console.error('No build: run npm run build first.');
  process.exit(1);
}

function serve(command, args, url) {
  const child = spawn(command, args, { stdio: 'ignore' });
  const ready = (async () => {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(url)).ok) return;
      } catch {}
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${command} did not start`);
  })();
  return { child, ready };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeToFirstSlide(browser, url) {
  const page = await browser.newPage();
  const start = Date.now();
  await page.goto(url);
  await page.locator('lectern-slide[current] .content > *').first().waitFor();
  const ms = Date.now() - start;
  await page.close();
  return ms;
}

async function overviewOpen(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator('lectern-slide[current] .content > *').first().waitFor();
  const start = Date.now();
  await page.keyboard.press('o');
  await page.locator('dialog[open] button.cell[aria-current] lectern-slide h1').waitFor();
  const ms = Date.now() - start;
  const thumbnails = await page.locator('dialog[open] lectern-slide').count();
  await page.close();
  return { ms, thumbnails };
}

async function heapAfterLoad(browser, url) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url);
  await page.locator('lectern-slide[current] .content > *').first().waitFor();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return usedSize / 2 ** 20;
}

const app = serve('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4273', '--strictPort'], APP);
const decks = serve('node', ['e2e/fixture-server.mjs', '4274'], `${DECKS}/health`);
let failed = false;
try {
  await Promise.all([app.ready, decks.ready]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const huge = `${APP}?src=${DECKS}/generated/5000.md#/2500`;
  const big = `${APP}?src=${DECKS}/generated/2000.md#/1000`;
  const seed = [];
  const hugeRuns = [];
  const overview = [];
  await timeToFirstSlide(browser, APP); // warm the server and the browser's caches
  for (let i = 0; i < RUNS; i++) {
    seed.push(await timeToFirstSlide(browser, `${APP}#/2`));
    hugeRuns.push(await timeToFirstSlide(browser, huge));
    overview.push(await overviewOpen(browser, big));
  }
  const heapSeed = await heapAfterLoad(browser, APP);
  const heapHuge = await heapAfterLoad(browser, huge);
  await browser.close();

  const bundle = readdirSync('dist/assets').find((f) => /^index-.*\.js$/.test(f));
  const gzipKb = bundle ? gzipSync(readFileSync(`dist/assets/${bundle}`)).length / 1024 : NaN;
  const seedMs = median(seed);
  const hugeMs = median(hugeRuns);
  const overviewMs = median(overview.map((o) => o.ms));
  const rows = [
    ['seed deck (33 slides): first slide shown', `${seedMs} ms`, ''],
    ['5,000-slide deck: first slide shown', `${hugeMs} ms`, `≤ ${TARGETS.hugeDeckOverSeed}× seed`, hugeMs <= seedMs * TARGETS.hugeDeckOverSeed],
    ['2,000-slide deck: overview open', `${overviewMs} ms`, `≤ ${TARGETS.overviewMs} ms`, overviewMs <= TARGETS.overviewMs],
    ['2,000-slide deck: thumbnails in the DOM', String(Math.max(...overview.map((o) => o.thumbnails))), ''],
    ['JS heap, seed deck', `${heapSeed.toFixed(1)} MiB`, ''],
    ['JS heap, 5,000-slide deck', `${heapHuge.toFixed(1)} MiB`, ''],
    ['main bundle, gzip', `${gzipKb.toFixed(1)} KiB`, `≤ ${TARGETS.bundleGzipKb} KiB`, gzipKb <= TARGETS.bundleGzipKb],
  ];
  for (const [what, value, target, ok] of rows) {
    console.log(`${what.padEnd(44)} ${value.padStart(10)}  ${target}${ok === undefined ? '' : ok ? '  ok' : '  MISSED'}`);
    if (ok === false) failed = true;
  }
  console.log(`(medians of ${RUNS} runs)`);
} finally {
  app.child.kill();
  decks.child.kill();
}
process.exit(failed ? 1 : 0);

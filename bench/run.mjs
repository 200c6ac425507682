// npm run bench: how fast Lectern opens decks small and huge, how fast the overview opens on a big
// deck, how much memory a huge deck takes, and how big the bundle is. Needs a build (npm run build).
// The servers run in this process on free ports, so nothing outlives the run and no leftover
// server from an earlier run is measured by mistake.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium.mjs';

const RUNS = 5;
// "Well under a second" for the overview: 800 ms on this 2-core machine, headless, no GPU.
const TARGETS = { overviewMs: 800, hugeDeckOverSeed: 2, bundleGzipKb: 80, longestTaskMs: 250 };

if (!existsSync('dist/index.html')) {
  console.error('No build: run npm run build first.');
  process.exit(1);
}

/** @param {number[]} xs */
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)] ?? NaN;
/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** @param {import('@playwright/test').Browser} browser @param {string} url */
async function timeToFirstSlide(browser, url) {
  const page = await browser.newPage();
  const start = Date.now();
  await page.goto(url);
  await page.locator('lectern-slide[current] .content > *').first().waitFor();
  const ms = Date.now() - start;
  await page.close();
  return ms;
}

/** @param {import('@playwright/test').Browser} browser @param {string} url */
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

/** @param {import('@playwright/test').Browser} browser @param {string} url */
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

/**
 * The longest main-thread task (Long Tasks API) while a deck loads and the speaker moves through
 * it: to the end and back, forty slides forward, the overview open and closed.
 * @param {import('@playwright/test').Browser} browser @param {string} url
 */
async function longestTask(browser, url) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const tasks = /** @type {number[]} */ ([]);
    Object.assign(window, { longTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  const current = page.locator('lectern-slide[current] .content > *').first();
  await current.waitFor();
  for (const key of ['End', 'Home']) {
    await page.keyboard.press(key);
    await current.waitFor();
  }
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
  await current.waitFor();
  await page.keyboard.press('o');
  await page.locator('dialog[open] button.cell[aria-current] lectern-slide h2').waitFor();
  await page.keyboard.press('Escape');
  await current.waitFor();
  const tasks = /** @type {number[]} */ (await page.evaluate(() => /** @type {{ longTasks: number[] }} */ (/** @type {unknown} */ (window)).longTasks));
  await page.close();
  return Math.max(0, ...tasks);
}

/**
 * Key press to the new slide painted (a frame, then a task after it), for 20 single presses of →.
 * @param {import('@playwright/test').Browser} browser @param {string} url
 */
async function keyToPaint(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator('lectern-slide[current] .content > *').first().waitFor();
  const counter = page.locator('.counter');
  /** @type {number[]} */
  const times = [];
  for (let i = 0; i < 20; i++) {
    const before = await counter.textContent();
    await page.evaluate(() => {
      const w = /** @type {{ keyAt?: number }} */ (/** @type {unknown} */ (window));
      addEventListener('keydown', () => (w.keyAt = performance.now()), { capture: true, once: true });
    });
    await page.keyboard.press('ArrowRight');
    const ms = await page.evaluate(
      (was) =>
        new Promise((resolve) => {
          const w = /** @type {{ keyAt?: number }} */ (/** @type {unknown} */ (window));
          const counterText = () =>
            document.querySelector('lectern-app')?.shadowRoot?.querySelector('lectern-audience')?.shadowRoot?.querySelector('.counter')?.textContent;
          const check = () => {
            if (counterText() === was) requestAnimationFrame(check);
            else requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - (w.keyAt ?? performance.now()))));
          };
          check();
        }),
      before,
    );
    times.push(/** @type {number} */ (ms));
  }
  await page.close();
  return times;
}

// The production build, with the test decks at /fixtures/: the seed deck and generated ones.
const server = await preview({
  configFile: 'e2e/preview.config.ts',
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port: 0, strictPort: true },
});
const address = server.httpServer.address();
const APP = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
const SEED = `${APP}?src=fixtures/seed-deck/slides.md`;
let failed = false;
try {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const huge = `${APP}?src=fixtures/generated/5000.md#/2500`;
  const big = `${APP}?src=fixtures/generated/2000.md#/1000`;
  const seed = [];
  const hugeRuns = [];
  const overview = [];
  await timeToFirstSlide(browser, SEED); // warm the server and the browser's caches
  for (let i = 0; i < RUNS; i++) {
    seed.push(await timeToFirstSlide(browser, `${SEED}#/2`));
    hugeRuns.push(await timeToFirstSlide(browser, huge));
    overview.push(await overviewOpen(browser, big));
  }
  const keySeed = await keyToPaint(browser, `${SEED}#/2`);
  const keyBig = await keyToPaint(browser, `${APP}?src=fixtures/heavy/2000.md#/1000`);
  const heavy = `${APP}?src=fixtures/heavy/5000.md`;
  const longest = [];
  for (let i = 0; i < 3; i++) longest.push(await longestTask(browser, heavy));
  const heapSeed = await heapAfterLoad(browser, SEED);
  const heapHuge = await heapAfterLoad(browser, huge);
  await browser.close();

  const bundle = readdirSync('dist/assets').find((f) => /^index-.*\.js$/.test(f));
  const gzipKb = bundle ? gzipSync(readFileSync(`dist/assets/${bundle}`)).length / 1024 : NaN;
  const worker = readdirSync('dist/assets').find((f) => /^render-worker-.*\.js$/.test(f));
  const workerKb = worker ? gzipSync(readFileSync(`dist/assets/${worker}`)).length / 1024 : NaN;
  const longestMs = Math.round(median(longest));
  const seedMs = median(seed);
  const hugeMs = median(hugeRuns);
  const overviewMs = median(overview.map((o) => o.ms));
  /** @type {{ what: string, value: string, target?: string, ok?: boolean }[]} */
  const rows = [
    { what: 'seed deck (33 slides): first slide shown', value: `${seedMs} ms` },
    { what: '5,000-slide deck: first slide shown', value: `${hugeMs} ms`, target: `≤ ${TARGETS.hugeDeckOverSeed}× seed`, ok: hugeMs <= seedMs * TARGETS.hugeDeckOverSeed },
    { what: '2,000-slide deck: overview open', value: `${overviewMs} ms`, target: `≤ ${TARGETS.overviewMs} ms`, ok: overviewMs <= TARGETS.overviewMs },
    { what: '2,000-slide deck: thumbnails in the DOM', value: String(Math.max(...overview.map((o) => o.thumbnails))) },
    { what: 'next slide, seed: key to paint, median / p90', value: `${Math.round(median(keySeed))} / ${Math.round(p90(keySeed))} ms` },
    { what: 'next slide, 2,000 slides: median / p90', value: `${Math.round(median(keyBig))} / ${Math.round(p90(keyBig))} ms` },
    { what: '5 MB, 5,000-slide deck: longest task', value: `${longestMs} ms`, target: `≤ ${TARGETS.longestTaskMs} ms`, ok: longestMs <= TARGETS.longestTaskMs },
    { what: 'JS heap, seed deck', value: `${heapSeed.toFixed(1)} MiB` },
    { what: 'JS heap, 5,000-slide deck', value: `${heapHuge.toFixed(1)} MiB` },
    { what: 'main bundle, gzip', value: `${gzipKb.toFixed(1)} KiB`, target: `≤ ${TARGETS.bundleGzipKb} KiB`, ok: gzipKb <= TARGETS.bundleGzipKb },
    { what: 'render worker (marked, Prism), gzip', value: `${workerKb.toFixed(1)} KiB` },
  ];
  for (const { what, value, target = '', ok } of rows) {
    console.log(`${what.padEnd(44)} ${value.padStart(10)}  ${target}${ok === undefined ? '' : ok ? '  ok' : '  MISSED'}`);
    if (ok === false) failed = true;
  }
  console.log(`(medians of ${RUNS} runs)`);
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);

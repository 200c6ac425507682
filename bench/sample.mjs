// One sample: one tool on one deck in a fresh browser, every metric the benchmark takes.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.mjs';
import { installProbe } from './probe.mjs';

/**
 * @typedef {import('./probe.mjs').Tool} Tool
 * @typedef {import('./probe.mjs').Bench} Bench
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {{ jsRaw: number, jsGzip: number, cssRaw: number, cssGzip: number, otherRaw: number }} Bytes
 * @typedef {number | null | 'timeout'} Figure null: not measured for this tool or deck
 * @typedef {{
 *   firstHeadingMs: Figure, firstLoad: Bytes | null, total: Bytes | null,
 *   heapLoad: Figure, nodesLoad: Figure, nextSlideMs: Figure[], burstMs: Figure,
 *   overviewMs: Figure, heapWalk: Figure, nodesWalk: Figure, walked: number, deepLinkMs: Figure,
 * }} Sample
 */

/**
 * How long each wait may take before its figure is "timeout": a first load or deep link, one key
 * press or the overview, the burst, the walk; and all the single presses together (after which
 * the presses measured so far stand).
 */
export const LIMITS = { loadMs: 45_000, keyMs: 5_000, burstMs: 15_000, walkMs: 25_000, singlesMs: 5_000 };
const PRESSES = 20;
const WALK = 500;

/** @type {Record<Tool, { page(deck: string): string, hash(slide: number): string, closeOverview: string }>} */
export const TOOLS = {
  lectern: { page: (deck) => `?src=bench/decks/${deck}/slides.md`, hash: (n) => `#/${n}`, closeOverview: 'Escape' },
  reveal: { page: (deck) => `bench/decks/${deck}/reveal.html`, hash: (n) => `#/${n - 1}`, closeOverview: 'o' },
  floor: { page: (deck) => `bench/decks/${deck}/floor.html`, hash: () => '', closeOverview: '' },
};

class Timeout extends Error {}

/**
 * Runs `fn` on window.__bench in the page (as an expression: Lectern's CSP forbids eval, CDP's
 * own evaluation is exempt). `fn` gives up after limitMs and returns null; a page that stops
 * answering altogether throws Timeout a little later.
 * @template T @template A
 * @param {Page} page @param {(bench: Bench, arg: A, limitMs: number) => T | Promise<T>} fn @param {A} arg @param {number} limitMs
 * @returns {Promise<T>}
 */
async function inPage(page, fn, arg, limitMs) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const limit = new Promise((_, reject) => (timer = setTimeout(() => reject(new Timeout()), limitMs + 5000)));
  try {
    const run = page.evaluate(`(${fn})(window.__bench, ${JSON.stringify(arg ?? null)}, ${limitMs})`);
    return /** @type {T} */ (await Promise.race([run, limit]));
  } finally {
    clearTimeout(timer);
  }
}

/** @type {Map<string, number>} */
const gzipped = new Map();

/** Every request of a page (its workers' included), and when it was made. @param {Page} page */
function watchNetwork(page) {
  const requests = /** @type {{ request: import('@playwright/test').Request, at: number }[]} */ ([]);
  let inFlight = 0;
  let lastEvent = Date.now();
  const done = () => {
    inFlight--;
    lastEvent = Date.now();
  };
  page.on('request', (request) => {
    requests.push({ request, at: Date.now() });
    inFlight++;
    lastEvent = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    /** Until no request has been in flight for quietMs. */
    async settle(quietMs = 500, limitMs = 15_000) {
      const start = Date.now();
      while ((inFlight > 0 || Date.now() - lastEvent < quietMs) && Date.now() - start < limitMs) await page.waitForTimeout(50);
    },
    /** Bytes of the responses to requests made up to `until` (epoch ms): JS and CSS raw and gzip, the rest raw. */
    async bytes(until = Infinity) {
      /** @type {Bytes} */
      const bytes = { jsRaw: 0, jsGzip: 0, cssRaw: 0, cssGzip: 0, otherRaw: 0 };
      for (const { request, at } of requests) {
        const started = request.timing().startTime > 0 ? request.timing().startTime : at;
        if (started > until || !request.url().startsWith('http')) continue;
        const response = await request.response();
        const body = await response?.body().catch(() => undefined);
        if (!response || !body) continue;
        const type = response.headers()['content-type'] ?? '';
        const kind = /javascript/.test(type) ? 'js' : /text\/css/.test(type) ? 'css' : 'other';
        if (kind === 'other') {
          bytes.otherRaw += body.length;
          continue;
        }
        const key = `${request.url()} ${body.length}`;
        const gzip = gzipped.get(key) ?? gzipSync(body).length;
        gzipped.set(key, gzip);
        bytes[`${kind}Raw`] += body.length;
        bytes[`${kind}Gzip`] += gzip;
      }
      return bytes;
    },
  };
}

/** JS heap used (bytes) and DOM nodes after a full garbage collection. @param {Page} page */
async function heapAndNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const metric = (/** @type {string} */ name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heap: metric('JSHeapUsedSize'), nodes: metric('Nodes') };
}

/** @param {unknown} error */
const timedOut = (error) => {
  if (error instanceof Timeout) return /** @type {const} */ ('timeout');
  throw error;
};

/**
 * Presses `key` `times` times back to back and returns the time from the first keydown to slide
 * `target` shown and painted, or "timeout": after limitMs, or once a quarter of it has gone by and
 * the pace of the presses so far says they cannot all be made in time.
 * @param {Page} page @param {string} key @param {number} times @param {number} target @param {number} limitMs
 * @returns {Promise<Figure>}
 */
async function pressUntil(page, key, times, target, limitMs) {
  const shown = inPage(
    page,
    async (b, t, limit) => {
      const at = await b.waitFor(() => b.current() === t && b.shown(), false, limit);
      return at === null ? null : at - (b.keydowns[0] ?? at);
    },
    target,
    limitMs,
  );
  shown.catch(() => undefined);
  // Evaluations run in order: once this one is back, the watcher above is polling.
  await inPage(page, (b) => void (b.keydowns = []), null, limitMs);
  const start = Date.now();
  for (let i = 1; i <= times; i++) {
    await page.keyboard.press(key);
    const elapsed = Date.now() - start;
    if (i % 10 === 0 && elapsed > limitMs / 4 && (elapsed / i) * times > limitMs) {
      await inPage(page, (b) => void b.generation++, null, limitMs);
      break;
    }
  }
  return shown.then((ms) => ms ?? 'timeout', timedOut);
}

/** Back to the first slide: false when it did not show in time. @param {Page} page */
async function home(page) {
  await page.keyboard.press('Home');
  const at = await inPage(page, (b, _, limit) => b.waitFor(() => b.current() === 1 && b.shown(), false, limit), null, LIMITS.burstMs).catch(timedOut);
  return typeof at === 'number';
}

/**
 * Opens the overview with `o`: from the keydown to the current slide's thumbnail painted (reveal:
 * the overview class set and a frame painted). Closes it again.
 * @param {Page} page @param {Tool} tool
 * @returns {Promise<Figure>}
 */
async function overview(page, tool) {
  const shown = inPage(
    page,
    async (b, _, limit) => {
      const at = await b.waitFor(() => b.keydowns.length > 0 && b.overviewShown(), true, limit);
      return at === null ? null : at - (b.keydowns[0] ?? at);
    },
    null,
    LIMITS.keyMs,
  );
  shown.catch(() => undefined);
  await inPage(page, (b) => void (b.keydowns = []), null, LIMITS.keyMs);
  await page.keyboard.press('o');
  const ms = await shown.then((ms) => ms ?? 'timeout', timedOut);
  if (ms === 'timeout') return ms;
  await page.keyboard.press(TOOLS[tool].closeOverview);
  await inPage(page, (b, _, limit) => b.waitFor(() => b.overviewClosed(), true, limit), null, LIMITS.keyMs);
  return ms;
}

/**
 * @param {import('@playwright/test').Browser} browser @param {string} url @param {Tool} tool @param {number} target
 */
async function openPage(browser, url, tool, target) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(installProbe, { tool, target });
  const page = await context.newPage();
  const network = watchNetwork(page);
  await page.goto(url, { waitUntil: 'commit', timeout: LIMITS.loadMs });
  /** @type {Figure} */
  const firstHeadingMs = await inPage(page, (b, _, limit) => b.waitFor(() => b.headingAt !== null, true, limit).then(() => b.headingAt), null, LIMITS.loadMs).then(
    (ms) => ms ?? 'timeout',
    timedOut,
  );
  return { context, page, network, firstHeadingMs };
}

/**
 * Next slide, burst, heap and DOM after the walk, then the overview, on a loaded deck. Stops at
 * the first wait that times out: the figures after it stay null.
 * @param {Page} page @param {Tool} tool @param {number} slides @param {Sample} sample @param {ReturnType<typeof watchNetwork>} network
 */
async function interact(page, tool, slides, sample, network) {
  const presses = Math.min(PRESSES, slides - 1);
  const singlesEnd = Date.now() + LIMITS.singlesMs;
  for (let i = 1; i <= presses && Date.now() < singlesEnd; i++) {
    const ms = await pressUntil(page, 'ArrowRight', 1, i + 1, LIMITS.keyMs);
    sample.nextSlideMs.push(ms);
    if (ms === 'timeout') return;
  }
  if (!(await home(page))) return;
  sample.burstMs = await pressUntil(page, 'ArrowRight', presses, presses + 1, LIMITS.burstMs);
  if (sample.burstMs === 'timeout' || !(await home(page))) return;
  const walk = Math.min(WALK, slides - 1);
  if ((await pressUntil(page, 'ArrowRight', walk, walk + 1, LIMITS.walkMs)) === 'timeout') {
    sample.heapWalk = sample.nodesWalk = 'timeout';
  } else {
    sample.walked = walk;
    await network.settle();
    const after = await heapAndNodes(page);
    sample.heapWalk = after.heap;
    sample.nodesWalk = after.nodes;
  }
  sample.overviewMs = await overview(page, tool);
}

/**
 * Measures one tool on one deck of `slides` slides in a browser of its own.
 * @param {string} app the app's address, ending in / @param {Tool} tool @param {string} deck @param {number} slides
 * @returns {Promise<Sample>}
 */
export async function measure(app, tool, deck, slides) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  /** @type {Sample} */
  const sample = {
    firstHeadingMs: null, firstLoad: null, total: null, heapLoad: null, nodesLoad: null, nextSlideMs: [],
    burstMs: null, overviewMs: null, heapWalk: null, nodesWalk: null, walked: 0, deepLinkMs: null,
  };
  try {
    const url = `${app}${TOOLS[tool].page(deck)}`;
    const { context, page, network, firstHeadingMs } = await openPage(browser, url, tool, 1);
    sample.firstHeadingMs = firstHeadingMs;
    if (firstHeadingMs === 'timeout') return sample;
    const origin = /** @type {number} */ (await page.evaluate(() => performance.timeOrigin));
    sample.firstLoad = await network.bytes(origin + firstHeadingMs);
    await network.settle();
    sample.total = await network.bytes();
    const load = await heapAndNodes(page);
    sample.heapLoad = load.heap;
    sample.nodesLoad = load.nodes;
    if (tool === 'floor') return sample;
    await interact(page, tool, slides, sample, network);
    await context.close();
    const deep = await openPage(browser, `${url}${TOOLS[tool].hash(slides)}`, tool, slides);
    sample.deepLinkMs = deep.firstHeadingMs;
    return sample;
  } finally {
    await browser.close();
  }
}

/**
 * The longest main-thread task (Long Tasks API) while a deck loads in Lectern and the speaker
 * moves through it: to the end and back, forty slides forward, the overview open and closed.
 * @param {string} url
 */
export async function longestTask(url) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
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
    await current.waitFor({ timeout: LIMITS.loadMs });
    for (const key of ['End', 'Home']) {
      await page.keyboard.press(key);
      await current.waitFor();
    }
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
    await current.waitFor();
    await page.keyboard.press('o');
    await page.locator('dialog[open] button.cell[aria-current] lectern-slide :is(h1, h2)').waitFor();
    await page.keyboard.press('Escape');
    await current.waitFor();
    const tasks = /** @type {number[]} */ (await page.evaluate(() => /** @type {{ longTasks: number[] }} */ (/** @type {unknown} */ (window)).longTasks));
    return Math.max(0, ...tasks);
  } finally {
    await browser.close();
  }
}

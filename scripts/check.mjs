#!/usr/bin/env node
// npm run check [deck.md …]: what is wrong with a deck, as `file:line: level: message`.
// The checks are the app's own TypeScript, loaded through Vite (Node cannot run TS);
// the fit check renders every slide in Chromium with the app's own <lectern-slide>.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SLIDES = resolve(ROOT, process.env.LECTERN_SLIDES_DIR ?? 'slides');
/** Decks with more slides than this show a progress line while they are fitted. */
const PROGRESS_FROM = 200;

const usage = 'Usage: npm run check [deck.md …]   (no file: every .md deck under slides/)';

/** The decks named on the command line, or undefined for every deck under slides/. @returns {string[] | undefined} */
function decksNamed() {
  const args = process.argv.slice(2);
  if (args.includes('-h') || args.includes('--help')) {
    console.log(usage);
    process.exit(0);
  }
  if (args.length === 0) return undefined;
  for (const arg of args) {
    if (!existsSync(arg)) fail(`${arg}: no such file`);
    if (!statSync(arg).isFile()) fail(`${arg}: not a file`);
  }
  return args.map((arg) => resolve(arg));
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`check: ${message}\n${usage}`);
  process.exit(2);
}

/** Progress on stderr: rewritten in place on a terminal, a line now and then in a log. */
function progressLine() {
  let lastLogged = 0;
  return {
    /** @param {string} name @param {number} done @param {number} total */
    show(name, done, total) {
      const text = `check: fitting ${name}: ${done}/${total} slides`;
      if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
      else if (done === total || done - lastLogged >= total / 4) {
        lastLogged = done;
        process.stderr.write(`${text}\n`);
      }
    },
    clear() {
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    },
  };
}

/** Where the measuring pages report how far they are. @type {(page: import('@playwright/test').Page, done: number) => void} */
let onProgress = () => undefined;

/** Chromium, started at once: it boots while Vite does. */
async function launchChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const { chromiumLaunchOptions } = await import('../e2e/chromium.mjs');
    return { browser: await chromium.launch(chromiumLaunchOptions()) };
  } catch (error) {
    return { reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

/**
 * Measuring pages at 1280x720 on the check's own server, one per core (a
 * large deck is shared among them), or the reason there are none.
 * @param {Awaited<ReturnType<typeof launchChromium>>} launched
 * @param {string} base
 */
async function openMeasurePages(launched, base) {
  if (!launched.browser) return launched;
  const { browser } = launched;
  try {
    const pages = await Promise.all(
      Array.from({ length: Math.min(availableParallelism(), 4) }, async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        await page.exposeFunction('lecternCheckProgress', (/** @type {number} */ n) => onProgress(page, n));
        await page.goto(`${base}/src/check/measure.html`);
        await page.waitForFunction(() => typeof window.lecternMeasure === 'function');
        return page;
      }),
    );
    return { browser, pages };
  } catch (error) {
    return { browser, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

/**
 * Slides of one deck shown below the readable scale, measured by several pages at once.
 * @param {import('@playwright/test').Page[]} pages
 * @param {{ source: string, deckUrl: string, count: number, below: number }} deck
 * @param {(done: number) => void} progress
 * @returns {Promise<{ index: number, scale: number }[]>}
 */
async function shrunkSlides(pages, { source, deckUrl, count, below }, progress) {
  const share = count < 100 ? [pages[0]] : pages;
  const size = Math.ceil(count / share.length);
  const done = share.map(() => 0);
  onProgress = (page, n) => {
    done[share.indexOf(page)] = n;
    progress(done.reduce((a, b) => a + b, 0));
  };
  const parts = await Promise.all(
    share.map(async (page, i) => {
      const request = { source, deckUrl, below, from: i * size, to: (i + 1) * size };
      return page.evaluate(async (request) => {
        if (!window.lecternMeasure) throw new Error('the measuring page did not load');
        // @ts-expect-error exposed by Playwright
        return window.lecternMeasure(request, (n) => window.lecternCheckProgress(n));
      }, request);
    }),
  );
  return parts.flat();
}

const named = decksNamed();
const launching = launchChromium();
const server = await createServer({
  configFile: false,
  root: ROOT,
  logLevel: 'error',
  clearScreen: false,
  // Its own cache, so a check never makes a running dev server re-optimize.
  cacheDir: join(ROOT, 'node_modules/.vite-check'),
  server: { host: '127.0.0.1', port: 0, hmr: false, watch: null, fs: { allow: [ROOT, SLIDES, ...(named ?? []).map((d) => dirname(d))] } },
  optimizeDeps: {
    entries: ['src/check/measure.html'],
    include: ['lit', 'lit/decorators.js', 'marked', 'dompurify', 'prismjs'],
  },
  worker: { format: 'es' },
});

let exitCode = 0;
try {
  await server.listen();
  const address = server.httpServer?.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const measuring = launching.then((launched) => openMeasurePages(launched, base));
  /** @type {import('../src/build/deck-catalog.ts')} */
  const catalog = await server.ssrLoadModule('/src/build/deck-catalog.ts');
  // The same decks the page lists: README.md and _drafts are not decks.
  const decks = named ?? catalog.deckFiles(SLIDES).map((file) => join(SLIDES, file));
  if (decks.length === 0) {
    await server.close();
    fail(`no deck in ${relative(process.cwd(), SLIDES) || '.'}`);
  }
  /** @type {import('../src/check/check-deck.ts')} */
  const check = await server.ssrLoadModule('/src/check/check-deck.ts');
  /** @type {import('../src/check/disk-files.ts')} */
  const disk = await server.ssrLoadModule('/src/check/disk-files.ts');
  /** @type {import('../src/check/deck-lines.ts')} */
  const lines = await server.ssrLoadModule('/src/check/deck-lines.ts');
  /** @type {import('../src/check/shrunk.ts')} */
  const shrink = await server.ssrLoadModule('/src/check/shrunk.ts');
  const browser = await measuring;
  if (browser.reason !== undefined) {
    console.error(`check: Chromium could not start, so slides are not checked for shrinking to fit: ${browser.reason}`);
  }
  const progress = progressLine();
  let errors = 0;
  let warnings = 0;
  for (const deck of decks) {
    const name = relative(process.cwd(), deck) || deck;
    const source = readFileSync(deck, 'utf8');
    const deckLines = lines.deckLines(source);
    const count = deckLines.slides.length;
    // Chromium measures while Node checks the rest.
    const measured = browser.pages
      ? shrunkSlides(browser.pages, { source, deckUrl: `${base}/@fs${pathToFileURL(deck).pathname}`, count, below: shrink.READABLE_SCALE }, (done) => {
          if (count > PROGRESS_FROM) progress.show(name, done, count);
        })
      : undefined;
    const findings = check.checkDeck(source, disk.diskFiles(deck));
    if (measured) {
      const shrunk = await measured;
      progress.clear();
      findings.push(...shrunk.map((slide) => shrink.shrunkFinding(deckLines, slide)));
      findings.sort((a, b) => a.line - b.line);
    }
    for (const finding of findings) {
      console.log(`${name}:${finding.line}: ${finding.level}: ${finding.message}`);
      if (finding.level === 'error') errors++;
      else warnings++;
    }
  }
  const plural = (/** @type {number} */ n, /** @type {string} */ word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.error(`check: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(decks.length, 'deck')}`);
  exitCode = errors > 0 ? 1 : 0;
} finally {
  // Not awaited: the findings are out, and Playwright ends its Chromium as the process exits.
  void launching.then((launched) => launched.browser?.close());
  void server.close();
}
process.exit(exitCode);

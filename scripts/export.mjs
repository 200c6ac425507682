#!/usr/bin/env node
// npm run export [-- --src deck.md] [--png] [--out file]: the deck as a PDF (or one PNG per slide),
// made by the app's own print view (?print) in the same Chromium the tests drive.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { serveFile } from './serve-file.mjs';
import { basename, dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// LECTERN_OUT_DIR: another build than dist/ (as for the e2e preview).
const DIST = resolve(ROOT, process.env.LECTERN_OUT_DIR ?? 'dist');
/** Where a deck file outside the build is served from, beside the app. */
const DECK_PATH = '/__export-deck';
/** A print view that lays out no further slide for this long has stalled. */
const STALL_MS = 120_000;

const usage = 'Usage: npm run export [-- --src deck.md|URL] [--png] [--notes] [--steps] [--out file.pdf | --out folder (with --png)]';

/** @param {string} message @param {number} [code] @returns {never} */
function fail(message, code = 1) {
  progress.clear();
  console.error(`export: ${message}`);
  process.exit(code);
}

/** `slide 12/33` on stderr: rewritten in place on a terminal, a line now and then in a log. */
const progress = (() => {
  let lastLogged = 0;
  let shown = false;
  return {
    /** @param {string} what @param {number} done @param {number} total */
    show(what, done, total) {
      const text = `export: ${what} ${done}/${total}`;
      if (process.stderr.isTTY) {
        shown = true;
        process.stderr.write(`\r\x1b[K${text}`);
      } else if (done === total || done - lastLogged >= total / 4) {
        lastLogged = done;
        process.stderr.write(`${text}\n`);
      }
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
      lastLogged = 0;
    },
  };
})();

function options() {
  let parsed;
  try {
    parsed = parseArgs({ options: { src: { type: 'string' }, png: { type: 'boolean' }, out: { type: 'string' }, notes: { type: 'boolean' }, steps: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : error}\n${usage}`, 2);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed.values;
}

/**
 * What ?src= the print view opens, and the folder to serve beside the app when
 * the deck is a local file (its images and stylesheets are found relative to it).
 * @param {string | undefined} src
 * @returns {{ param: string | undefined, folder?: string, name?: string }}
 */
function deckToOpen(src) {
  if (src === undefined) return { param: undefined };
  if (/^https?:\/\//i.test(src)) return { param: src, name: basename(new URL(src).pathname, extname(new URL(src).pathname)) };
  const file = resolve(src);
  if (!existsSync(file)) fail(`${src}: no such file`, 2);
  if (!statSync(file).isFile()) fail(`${src}: not a file`, 2);
  return { param: `${DECK_PATH}/${encodeURIComponent(basename(file))}`, folder: dirname(file), name: basename(file, extname(file)) };
}

/**
 * The deck's own folder at DECK_PATH, read only below that folder.
 * @param {string} folder
 * @returns {import('vite').Plugin}
 */
function deckFolder(folder) {
  return {
    name: 'lectern-export-deck',
    configurePreviewServer(server) {
      server.middlewares.use(DECK_PATH, (req, res) => {
        let file;
        try {
          file = join(folder, normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
        } catch {
          file = '';
        }
        if (!file.startsWith(folder + sep)) {
          res.statusCode = 404;
          return void res.end('not found');
        }
        void serveFile(res, file);
      });
    },
  };
}

async function startServer(/** @type {string | undefined} */ folder) {
  const { build, preview } = await import('vite');
  const configFile = join(ROOT, 'vite.config.ts');
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`export: no build in ${relative(process.cwd(), DIST) || '.'} yet; building it first (vite build)…`);
    await build({ root: ROOT, configFile, logLevel: 'error', build: { outDir: DIST, emptyOutDir: true } });
  }
  const server = await preview({
    root: ROOT,
    configFile,
    logLevel: 'error',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port: 0, open: false },
    plugins: folder ? [deckFolder(folder)] : [],
  });
  const address = server.httpServer.address();
  return { server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

/**
 * Opens the print view and waits until it is ready, or says in one line why it is not.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @param {string} deckName
 */
async function openPrintView(page, url, deckName) {
  let stalled = () => undefined;
  let timer = setTimeout(() => stalled(), STALL_MS);
  await page.exposeFunction('lecternExportProgress', (/** @type {number} */ done, /** @type {number} */ total) => {
    clearTimeout(timer);
    timer = setTimeout(() => stalled(), STALL_MS);
    progress.show('slide', done, total);
  });
  await page.addInitScript(() => {
    document.addEventListener('lectern-print-progress', (event) => {
      // @ts-expect-error exposed by Playwright; the event is the print view's PrintProgressEvent
      void window.lecternExportProgress(event.done, event.total);
    });
  });
  const response = await page.goto(url).catch((/** @type {Error} */ error) => fail(`${deckName}: the app did not load (${error.message.split('\n')[0]})`));
  if (!response?.ok()) fail(`${deckName}: the app did not load (HTTP ${response?.status()} for ${url})`);
  const outcome = await Promise.race([
    page
      .waitForFunction(
        () => {
          const state = document.documentElement.dataset.lecternPrint;
          if (state === 'ready') return { ok: true };
          if (state === 'error') return { ok: false, reason: document.documentElement.dataset.lecternPrintError ?? 'unknown error' };
          if (document.querySelector('lectern-deck-list')) return { ok: false, reason: 'there are several decks in slides/; name one with --src slides/<deck>.md' };
          const failure = document.querySelector('body > lectern-error');
          return failure ? { ok: false, reason: failure.getAttribute('heading') ?? 'the print view did not start' } : false;
        },
        null,
        { timeout: 0, polling: 100 },
      )
      .then((handle) => /** @type {Promise<{ ok: boolean, reason?: string }>} */ (handle.jsonValue())),
    new Promise((resolve) => (stalled = () => resolve({ ok: false, reason: `no slide laid out for ${STALL_MS / 1000} s` }))),
  ]);
  clearTimeout(timer);
  progress.clear();
  if (!outcome.ok) fail(`${deckName} could not be exported: ${outcome.reason}`);
}

const args = options();
const deck = deckToOpen(args.src);
const { chromium } = await import('@playwright/test');
const { chromiumLaunchOptions } = await import('../e2e/chromium.mjs');
const launching = chromium.launch(chromiumLaunchOptions());
launching.catch(() => undefined);
const { server, base } = await startServer(deck.folder);
let browser;
try {
  browser = await launching.catch((/** @type {Error} */ error) => fail(`Chromium could not start: ${error.message.split('\n')[0]}`));
  // No offline service worker: it would keep a copy of this one-off server's files.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const extras = `${args.notes ? '&notes' : ''}${args.steps ? '&steps' : ''}`;
  const query = `${deck.param === undefined ? 'print' : `src=${encodeURIComponent(deck.param)}&print`}${extras}`;
  await openPrintView(page, `${base}/?${query}`, args.src ?? 'the default deck');
  const deckUrl = await page.evaluate(() => document.documentElement.dataset.lecternPrintDeck ?? '');
  const name = deck.name ?? (basename(new URL(deckUrl).pathname, '.md') || 'slides');
  if (args.png) {
    const folder = resolve(args.out ?? DIST);
    mkdirSync(folder, { recursive: true });
    // As printed: the pages one under the other, with no gap or status line between them.
    await page.emulateMedia({ media: 'print' });
    const pages = page.locator('lectern-print .page');
    const count = await pages.count();
    const size = await pages.first().boundingBox();
    if (size) await page.setViewportSize({ width: Math.round(size.width), height: Math.round(size.height) });
    const digits = Math.max(String(count).length, 2);
    for (let i = 0; i < count; i++) {
      progress.show('png', i + 1, count);
      await pages.nth(i).screenshot({ path: join(folder, `${name}-${String(i + 1).padStart(digits, '0')}.png`) });
    }
    progress.clear();
    console.error(`export: wrote ${count} PNGs to ${relative(process.cwd(), folder) || '.'}/${name}-*.png`);
  } else {
    const out = resolve(args.out ?? join(DIST, `${name}.pdf`));
    mkdirSync(dirname(out), { recursive: true });
    await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
    console.error(`export: wrote ${relative(process.cwd(), out)}`);
  }
} finally {
  await browser?.close();
  await server.close();
}
process.exit(0);

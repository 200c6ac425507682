import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { counter, currentSlide, watchErrors } from './helpers';

// Several decks need their own build (the list is written into it), so this file makes two, from
// its own folders of decks, and serves them itself as a static host would: under a sub-path each.
test.describe.configure({ mode: 'default' });

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'e2e/fixtures');
const SEVERAL = '/talks/several/';
const ONE = '/talks/one/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
};

let work: string;
let host: Server;
let site: string;

async function build(slides: string, outDir: string): Promise<void> {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, LECTERN_SLIDES_DIR: slides },
  });
}

/** Each build under its own sub-path; 404 for anything else, as a static host answers. */
function serve(sites: Record<string, string>): Promise<Server> {
  const server = createHttpServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    const prefix = Object.keys(sites).find((p) => path.startsWith(p));
    const dir = prefix === undefined ? undefined : sites[prefix];
    const file = dir && prefix ? resolve(dir, path.slice(prefix.length) || 'index.html') : undefined;
    if (!dir || !file?.startsWith(dir + sep)) return void res.writeHead(404).end('not found');
    readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(join(tmpdir(), 'lectern-deck-list-'));
  await Promise.all([build(join(FIXTURES, 'several-decks'), join(work, 'several')), build(join(FIXTURES, 'one-deck'), join(work, 'one'))]);
  host = await serve({ [SEVERAL]: join(work, 'several'), [ONE]: join(work, 'one') });
  site = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => host?.close(done));
  rmSync(work, { recursive: true, force: true });
});

/** The deck's address under the sub-path; the talk then adds its `#/1`. */
const opened = (path: string) => new RegExp(`^${`${site}${path}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(#/1)?$`);
const decks = (page: Page) => page.locator('lectern-deck-list').getByRole('listitem');
const deckLink = (page: Page, title: string) => page.getByRole('link', { name: new RegExp(`^${title}`) });

test('several decks: the page lists each with its title, slide count and first slide, by file name', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${site}${SEVERAL}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Decks' })).toBeVisible();
  await expect(page).toHaveTitle('Decks · Lectern');
  // 2024/retro.md, intro.md, workshop.md; README.md and _draft.md are not decks.
  const expected = [
    { title: 'Year in review', count: '3 slides', file: '2024/retro.md', firstHeading: 'Year in review' },
    { title: 'Opening keynote', count: '4 slides', file: 'intro.md', firstHeading: 'Welcome to the keynote' },
    { title: 'Hands-on workshop', count: '2 slides', file: 'workshop.md', firstHeading: 'Hands-on workshop' },
  ];
  await expect(decks(page)).toHaveCount(expected.length);
  for (const [i, deck] of expected.entries()) {
    const item = decks(page).nth(i);
    await expect(item.locator('.title')).toHaveText(deck.title);
    await expect(item).toContainText(deck.count);
    await expect(item).toContainText(deck.file);
    // The thumbnail is the app's own render of the deck's first slide.
    await expect(item.locator('lectern-thumbnail lectern-slide h1')).toHaveText(deck.firstHeading);
  }
  await expect(page.getByText('Unfinished draft')).toHaveCount(0);
  // Highlighted by the app's pipeline, so the worker and Prism did run for it.
  await expect(decks(page).nth(2).locator('lectern-thumbnail pre code .token').first()).toBeVisible();
  // The list replaced the app: no talk was started.
  await expect(page.locator('lectern-app')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('axe finds nothing to fix on the list of decks', async ({ page }) => {
  await page.goto(`${site}${SEVERAL}`);
  await expect(decks(page).locator('lectern-thumbnail lectern-slide h1')).toHaveCount(3);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a deck in the list opens with a click, or from the keyboard, under the same sub-path', async ({ page }) => {
  await page.goto(`${site}${SEVERAL}`);
  await deckLink(page, 'Opening keynote').click();
  await expect(page).toHaveURL(opened(`${SEVERAL}?src=slides/intro.md`));
  await expect(counter(page)).toHaveText('1 / 4');
  await expect(currentSlide(page).locator('h1')).toHaveText('Welcome to the keynote');

  await page.goBack();
  await expect(decks(page)).toHaveCount(3);
  await page.keyboard.press('Tab');
  const first = deckLink(page, 'Year in review');
  await expect(first).toBeFocused();
  // The focus ring is drawn.
  expect(await first.evaluate((link) => getComputedStyle(link).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(opened(`${SEVERAL}?src=slides/2024/retro.md`));
  await expect(counter(page)).toHaveText('1 / 3');
});

test('?src= opens a deck without the list, from a folder of several', async ({ page }) => {
  await page.goto(`${site}${SEVERAL}?src=slides/workshop.md#/2`);
  await expect(counter(page)).toHaveText('2 / 2');
  await expect(page.locator('lectern-deck-list')).toHaveCount(0);
});

test('the build writes the list of decks to slides/decks.json', async ({ request }) => {
  const response = await request.get(`${site}${SEVERAL}slides/decks.json`);
  expect(response.ok()).toBe(true);
  expect(await response.json()).toEqual([
    { file: '2024/retro.md', title: 'Year in review', slides: 3 },
    { file: 'intro.md', title: 'Opening keynote', slides: 4 },
    { file: 'workshop.md', title: 'Hands-on workshop', slides: 2 },
  ]);
});

test('drafts are neither listed nor published: the build has no slides/_draft.md', async ({ request }) => {
  expect((await request.get(`${site}${SEVERAL}slides/_draft.md`)).status()).toBe(404);
  expect((await request.get(`${site}${SEVERAL}slides/intro.md`)).ok()).toBe(true);
});

test('one deck, whatever its name, opens directly and is preloaded with the page', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(`${site}${ONE}`);
  await expect(counter(page)).toHaveText('1 / 2');
  await expect(currentSlide(page).locator('h1')).toHaveText('The only talk');
  await expect(page.locator('lectern-deck-list')).toHaveCount(0);
  await expect(page.locator('link[rel="preload"]')).toHaveAttribute('href', './slides/talk.md');
  expect(asked).not.toContain(`${ONE}slides/slides.md`);
});

test('a theme.css beside the deck is its stylesheet, with no css: line in it', async ({ page }) => {
  await page.goto(`${site}${ONE}`);
  await expect(currentSlide(page).locator('h1')).toHaveCSS('color', 'rgb(120, 20, 60)');
  // A deck of the several without one keeps the built-in colours.
  await page.goto(`${site}${SEVERAL}?src=slides/workshop.md`);
  await expect(currentSlide(page).locator('h1')).not.toHaveCSS('color', 'rgb(120, 20, 60)');
});

test('dev server: the list follows the folder, a deck added shows without a reload by hand', async ({ page }) => {
  test.setTimeout(90_000);
  const folder = join(work, 'dev-decks');
  cpSync(join(FIXTURES, 'several-decks'), folder, { recursive: true });
  // The config reads the folder when it loads: set for this server only, then put back.
  const before = process.env.LECTERN_SLIDES_DIR;
  process.env.LECTERN_SLIDES_DIR = folder;
  let server: ViteDevServer | undefined;
  try {
    server = await createViteServer({
      configFile: join(ROOT, 'vite.config.ts'),
      root: ROOT,
      // Its own cache: other dev servers (other tests, the speaker's) may be optimizing into the shared one.
      cacheDir: join(work, 'vite-cache'),
      logLevel: 'error',
      server: { port: 0, host: '127.0.0.1' },
    });
  } finally {
    if (before === undefined) delete process.env.LECTERN_SLIDES_DIR;
    else process.env.LECTERN_SLIDES_DIR = before;
  }
  try {
    await server.listen();
    const base = server.resolvedUrls?.local[0] ?? '';
    await page.goto(base);
    await expect(decks(page).locator('.title')).toHaveText(['Year in review', 'Opening keynote', 'Hands-on workshop']);

    writeFileSync(join(folder, 'added.md'), '# Added later\n\n---\n\nTwo\n');
    await expect(decks(page).locator('.title')).toHaveText(['Year in review', 'Added later', 'Opening keynote', 'Hands-on workshop']);
    const json = await (await page.request.get(`${base}slides/decks.json`)).json();
    expect(json).toContainEqual({ file: 'added.md', title: 'Added later', slides: 2 });
  } finally {
    await server.close();
  }
});

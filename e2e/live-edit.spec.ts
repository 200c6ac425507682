import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { counter, currentSlide } from './helpers';

// `npm run dev`: the real dev server, a deck in a folder of its own, saved while the page is open.

const ROOT = join(import.meta.dirname, '..');
/** Decks written here are served by the dev server like any file under the project. */
const HERE = join(ROOT, 'e2e/live-tmp', `run-${process.pid}`);
// One dev server for the file, its tests in order.
test.describe.configure({ mode: 'default' });
let server: ViteDevServer;
let base = '';
let folder = '';
let saves = 0;

const slides = (...texts: string[]): string => texts.join('\n\n---\n\n');
const FIVE = slides('# One', '# Two\n\n![pic](pic.svg)', '# Three\n\nthe old text', '# Four', '# Five');
const svg = (width: number): string => `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="50"><rect width="100%" height="100%" fill="teal"/></svg>`;

/** Saves a file of the test's deck folder, as an editor would. */
const save = (name: string, text: string): void => writeFileSync(join(folder, name), text);

test.beforeAll(async () => {
  server = await createServer({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    cacheDir: join(ROOT, 'node_modules/.vite-live-edit-test'),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the dev server has no port');
  base = `http://127.0.0.1:${address.port}/`;
});

test.afterAll(async () => {
  await server.close();
  rmSync(HERE, { recursive: true, force: true });
});

test.beforeEach(() => {
  folder = join(HERE, `deck-${++saves}`);
  mkdirSync(folder, { recursive: true });
  save('slides.md', FIVE);
  save('pic.svg', svg(100));
});

/** Opens the deck from the dev server at `hash`, marking the window so a full reload would show. */
async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${base}?src=${folder.slice(ROOT.length + 1)}/slides.md${hash}`);
  await expect(currentSlide(page).locator('h1')).toBeVisible();
  await page.evaluate(() => Object.assign(window, { lecternNotReloaded: true }));
}

const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { lecternNotReloaded?: boolean }).lecternNotReloaded === true);

test('a saved deck updates in place: same slide, hash and open overview, no reload', async ({ page }) => {
  await open(page, '#/3');
  await expect(currentSlide(page)).toContainText('the old text');
  await page.keyboard.press('o');
  await expect(page.getByRole('dialog')).toBeVisible();
  save('slides.md', FIVE.replace('the old text', 'the new text'));
  await expect(page.getByRole('dialog').locator('lectern-slide').filter({ hasText: 'the new text' })).toHaveCount(1);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(currentSlide(page)).toContainText('the new text');
  await expect(counter(page)).toHaveText('3 / 5');
  await expect(page).toHaveURL(/#\/3$/);
  expect(await notReloaded(page)).toBe(true);
});

test('a half-written save keeps the last good deck with a banner naming the line, until the next good save', async ({ page }) => {
  await open(page, '#/3');
  save('slides.md', FIVE.replace('the old text', 'the old text\n\n```python\nprint("half'));
  const banner = page.getByRole('status').filter({ hasText: 'Not shown yet' });
  await expect(banner).toContainText('Line 15: code fence ``` is never closed');
  await expect(currentSlide(page)).toContainText('the old text');
  save('slides.md', `---\ntitle: My ta\n${FIVE.replace('# One', '# One\n\nfirst words')}`);
  await expect(banner).toContainText('Line 1: front matter is not finished');
  save('slides.md', FIVE.replace('the old text', 'finished'));
  await expect(currentSlide(page)).toContainText('finished');
  await expect(banner).toHaveCount(0);
  expect(await notReloaded(page)).toBe(true);
});

test('a saved file that the deck imports (Slidev src:) updates the deck in place', async ({ page }) => {
  save('part.md', '# Imported\n\nthe old part');
  save('slides.md', FIVE.replace('# Four', '# Four\n\n---\nsrc: ./part.md\n---\n'));
  await open(page, '#/5');
  await expect(currentSlide(page)).toContainText('the old part');
  save('part.md', '# Imported\n\nthe new part');
  await expect(currentSlide(page)).toContainText('the new part');
  expect(await notReloaded(page)).toBe(true);
});

test('a save that removes the current slide goes to the last slide, not the first', async ({ page }) => {
  await open(page, '#/5');
  save('slides.md', slides('# One', '# Two', '# Three'));
  await expect(counter(page)).toHaveText('3 / 3');
  await expect(currentSlide(page).locator('h1')).toHaveText('Three');
  await expect(page).toHaveURL(/#\/3$/);
});

test('only the slides whose text changed are rendered again', async ({ page }) => {
  await page.addInitScript(() => {
    const sent: string[] = [];
    Object.assign(window, { lecternRendered: sent });
    const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const markdown = (message as { markdown?: unknown } | null)?.markdown;
      if (typeof markdown === 'string') sent.push(markdown.trim().split('\n')[0] ?? '');
      post.call(this, message, ...rest);
    } as Worker['postMessage'];
  });
  await open(page, '#/3');
  const rendered = () => page.evaluate(() => [...(window as unknown as { lecternRendered: string[] }).lecternRendered]);
  // Slides 2 to 4 are on the page: once each, whatever else idle time renders ahead.
  await expect.poll(async () => (await rendered()).filter((h) => ['# Two', '# Three', '# Four'].includes(h)).sort()).toEqual(['# Four', '# Three', '# Two']);
  const before = await rendered();
  save('slides.md', FIVE.replace('# Three\n\nthe old text', '# Three again'));
  await expect(currentSlide(page).locator('h1')).toHaveText('Three again');
  // Idle time may still render a slide for the first time; none rendered before is rendered again.
  const since = (await rendered()).slice(before.length);
  expect(since.filter((heading) => before.includes(heading))).toEqual([]);
  expect(since.filter((heading) => heading === '# Three again')).toEqual(['# Three again']);
});

test('an image the deck shows, saved, is shown again', async ({ page }) => {
  await open(page, '#/2');
  const img = currentSlide(page).locator('img');
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(100);
  save('pic.svg', svg(240));
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(240);
  // Away (the slide leaves the page) and back: still the saved version.
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText('5 / 5');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('2 / 5');
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(240);
  expect(await notReloaded(page)).toBe(true);
});

test('the presenter view follows a save, its timer still running', async ({ context }) => {
  const audience = await context.newPage();
  await open(audience, '#/2');
  const view = await context.newPage();
  await view.clock.install();
  await view.goto(`${base}?src=${folder.slice(ROOT.length + 1)}/slides.md&presenter#/2`);
  const elapsed = view.getByRole('timer', { name: 'Elapsed time' });
  // The presenter view (fetched on demand, compiled on first use by the dev server) is up before time runs ahead.
  await expect(elapsed).toHaveText('0:00');
  await view.keyboard.press('ArrowRight');
  await expect(view.locator('lectern-presenter .current')).toContainText('the old text');
  await view.clock.runFor(65_000);
  // The clock runs on: a minute and some seconds.
  await expect(elapsed).toHaveText(/^1:\d\d$/);
  await expect(audience.locator('.counter')).toHaveText('3 / 5');
  save('slides.md', FIVE.replace('the old text', 'the new text'));
  await expect(view.locator('lectern-presenter .current')).toContainText('the new text');
  await expect(currentSlide(audience)).toContainText('the new text');
  await expect(view.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(elapsed).toHaveText(/^1:\d\d$/);
});

test('an image saved while its slide is off the page shows its new version when the slide comes back', async ({ page }) => {
  await open(page, '#/2');
  const img = currentSlide(page).locator('img');
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(100);
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText('5 / 5');
  save('pic.svg', svg(180));
  // The deck's own save, after it, is a sure sign that the page has heard of both.
  save('slides.md', FIVE.replace('# Five', '# Five, saved'));
  await expect(currentSlide(page).locator('h1')).toHaveText('Five, saved');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('2 / 5');
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(180);
});

test('a deck file deleted (or renamed) keeps the talk on screen with a banner, and comes back when saved again', async ({ page }) => {
  await open(page, '#/3');
  rmSync(join(folder, 'slides.md'));
  const banner = page.getByRole('status').filter({ hasText: 'Not shown yet' });
  await expect(banner).toBeVisible();
  await expect(currentSlide(page)).toContainText('the old text');
  save('slides.md', FIVE.replace('the old text', 'back again'));
  await expect(currentSlide(page)).toContainText('back again');
  await expect(banner).toHaveCount(0);
  expect(await notReloaded(page)).toBe(true);
});

test('a deck whose file name has a space and an accent follows its saves too', async ({ page }) => {
  save('mon exposé.md', FIVE);
  await page.goto(`${base}?src=${encodeURI(`${folder.slice(ROOT.length + 1)}/mon exposé.md`)}#/3`);
  await expect(currentSlide(page)).toContainText('the old text');
  save('mon exposé.md', FIVE.replace('the old text', 'saved with its accent'));
  await expect(currentSlide(page)).toContainText('saved with its accent');
});

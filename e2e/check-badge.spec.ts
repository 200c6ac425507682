import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { counter, currentSlide, deckPage } from './helpers';

// The deck check's badge: on the real dev server (`npm run dev`) only, never in the build.

const ROOT = join(import.meta.dirname, '..');
/** A deck saved during a test, served by the dev server like any file under the project. */
const HERE = join(ROOT, 'e2e/live-tmp', `check-badge-${process.pid}`);

const badge = (page: import('@playwright/test').Page) => page.getByRole('button', { name: /^Deck check/ });

test.describe('on the dev server', () => {
  // One dev server for these tests, in order.
  test.describe.configure({ mode: 'serial' });
  let server: ViteDevServer;
  let base = '';

  test.beforeAll(async () => {
    server = await createServer({
      configFile: join(ROOT, 'vite.config.ts'),
      root: ROOT,
      cacheDir: join(ROOT, 'node_modules/.vite-check-badge-test'),
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('the dev server has no port');
    base = `http://127.0.0.1:${address.port}/`;
    mkdirSync(HERE, { recursive: true });
  });

  test.afterAll(async () => {
    await server.close();
    rmSync(HERE, { recursive: true, force: true });
  });

  test('a badge counts what the check finds, lists it, and an entry goes to its slide', async ({ page }) => {
    await page.goto(`${base}?src=e2e/fixtures/check/missing-image.md`);
    await expect(currentSlide(page).getByRole('heading', { name: 'Results' })).toBeVisible();
    await expect(badge(page)).toHaveAccessibleName('Deck check: 1 error');
    await expect(badge(page)).toHaveText('⚠ 1');
    // In the corner, clear of where slide content goes (the canvas's 56 px top padding at this size).
    const box = await badge(page).boundingBox();
    expect(box && box.y + box.height).toBeLessThan(56);

    await badge(page).click();
    const entry = page.getByRole('list', { name: 'Deck check' }).getByRole('button');
    await expect(entry).toHaveText(/error\s+slide 2, line 9\s+image not found: images\/before\.png/);
    await entry.click();
    await expect(page).toHaveURL(/#\/2$/);
    await expect(counter(page)).toHaveText('2 / 2');
    await expect(currentSlide(page).getByRole('heading', { name: 'Before and after' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Deck check' })).toHaveCount(0);
  });

  test('a slide shrunk below 60% shows too, measured in the page', async ({ page }) => {
    await page.goto(`${base}?src=e2e/fixtures/check/shrunk.md`);
    await expect(badge(page)).toHaveAccessibleName('Deck check: 1 warning');
    await badge(page).click();
    await expect(page.getByRole('list', { name: 'Deck check' }).getByRole('button')).toHaveText(/warning\s+slide 2, line 7\s+slide 2 is shrunk to \d+% to fit/);
  });

  test('the badge follows the deck as it is saved, and goes when the deck is clean', async ({ page }) => {
    const deck = join(HERE, 'slides.md');
    const image = (path: string): string => `# Live\n\n![chart](${path})\n`;
    writeFileSync(deck, image('nowhere.png'));
    await page.goto(`${base}?src=${HERE.slice(ROOT.length + 1)}/slides.md`);
    await expect(badge(page)).toHaveAccessibleName('Deck check: 1 error');
    await page.evaluate(() => Object.assign(window, { checkNotReloaded: true }));

    writeFileSync(deck, `${image('../../fixtures/check/images/chart.png')}\n---\n\n---\n\n# End\n`);
    await expect(badge(page)).toHaveAccessibleName('Deck check: 1 warning');
    writeFileSync(deck, image('../../fixtures/check/images/chart.png'));
    await expect(page.locator('lectern-check-badge')).toBeAttached();
    await expect(badge(page)).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { checkNotReloaded?: boolean }).checkNotReloaded)).toBe(true);
  });

  test('keys pressed on the badge are for the badge, not the talk', async ({ page }) => {
    await page.goto(`${base}?src=e2e/fixtures/check/missing-image.md`);
    await badge(page).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('list', { name: 'Deck check' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('list', { name: 'Deck check' })).toHaveCount(0);
    await expect(counter(page)).toHaveText('1 / 2');
  });
});

test('the production build has no badge, and none of its code', async ({ page }) => {
  const checks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('@lectern/check')) checks.push(request.url());
  });
  await page.goto(deckPage('check/missing-image.md'));
  await expect(currentSlide(page).getByRole('heading', { name: 'Results' })).toBeVisible();
  await expect(page.locator('lectern-check-badge')).toHaveCount(0);
  expect(checks).toEqual([]);
  const assets = resolve(ROOT, process.env.LECTERN_OUT_DIR ?? 'dist', 'assets');
  const code = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'));
  expect(code.length).toBeGreaterThan(0);
  expect(code.filter((text) => text.includes('lectern-check-badge') || text.includes('@lectern/check'))).toEqual([]);
});

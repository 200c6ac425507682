import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseDeck } from '../src/deck/parse-deck';
import { SITE, currentSlide, deckPage, expectSlide, walkDeck } from './helpers';
import { parseDeckList } from '../src/load/deck-list';
import { deckHref } from '../src/load/deck-link';

// The service worker is blocked in the other specs (playwright.config.ts): here it runs.
test.use({ serviceWorkers: 'allow' });
// Each test caches a whole talk, then walks it slide by slide: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Caching the app, the deck and its images takes a few seconds on a busy machine. */
const CACHED = { timeout: 30_000 };
const availableOffline = (page: Page) => page.getByRole('status').filter({ hasText: 'Available offline' });

/** Every image in `where` has loaded (decode() fails for a broken one) and none is a "not found" placeholder. */
async function expectImagesLoaded(where: Locator, what: string): Promise<void> {
  for (const img of await where.locator('img').all()) {
    const loaded = await img.evaluate((el: HTMLImageElement) => el.decode().then(() => el.naturalWidth > 0, () => false));
    expect(loaded, `${what}: image ${await img.getAttribute('src')} loads`).toBe(true);
  }
  await expect(where.locator('.missing-image')).toHaveCount(0);
}

test('offline after the first load: every slide and image, the code, the overview, the presenter view, and a reload', async ({ context, page }) => {
  const slides = 27;
  await page.goto(deckPage('offline-deck/deck.md'));
  await expectSlide(page, 1, slides);
  await expect(availableOffline(page)).toBeVisible(CACHED);

  await context.setOffline(true);
  await walkDeck(page, slides);
  // Slide 26's code was not rendered before the network went (it is far from slide 1): its grammar comes from the cache too.
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 26, slides);
  await expect(currentSlide(page).locator('code .token.keyword').first()).toHaveText('def');

  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'Overview' });
  await expect(overview.locator('button.cell')).toHaveCount(slides);
  await expect(overview.locator('img').first()).toBeVisible();
  await expectImagesLoaded(overview, 'overview');
  await overview.getByRole('button', { name: /^Slide 3:/ }).click();
  await expectSlide(page, 3, slides);

  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(presenter.locator('lectern-presenter .position')).toHaveText(`3 / ${slides}`);
  const notes = presenter.getByRole('region', { name: 'Speaker notes' });
  await expect(notes.locator('.notes-body img')).toHaveCount(1);
  await expectImagesLoaded(notes, 'presenter notes');
  await expectImagesLoaded(presenter.getByRole('region', { name: 'Current slide' }), 'presenter current slide');
  await expect(availableOffline(presenter)).toBeVisible(CACHED);
  await presenter.close();

  await page.reload();
  await expectSlide(page, 3, slides);
  await expectImagesLoaded(currentSlide(page), 'slide 3 after an offline reload');
  await page.keyboard.press('End');
  await expectSlide(page, slides, slides);
  await expectImagesLoaded(currentSlide(page), 'the last slide after an offline reload');
  // A file the deck links to opens from the cache as well.
  const script = await page.evaluate(() => fetch(new URL('fixtures/seed-deck/docker_demo.sh', location.href)).then((r) => r.status));
  expect(script).toBe(200);
});

test('a deck from another site is kept with its images too', async ({ context, page }) => {
  const slides = 27;
  await page.goto(`./?src=${encodeURIComponent(`${SITE}/offline-deck/deck.md`)}`);
  await expectSlide(page, 1, slides);
  await expect(availableOffline(page)).toBeVisible(CACHED);
  await context.setOffline(true);
  await walkDeck(page, slides);
  await page.reload();
  await expectSlide(page, slides, slides);
  await expectImagesLoaded(currentSlide(page), 'the last slide after an offline reload');
});

test('a deck edited on the server shows on the next online load; offline, the last copy does', async ({ context, page }) => {
  const folder = `offline-tmp-${randomUUID()}`;
  const dir = join(import.meta.dirname, 'fixtures', folder);
  mkdirSync(dir);
  const write = (title: string) => writeFileSync(join(dir, 'deck.md'), `# ${title}\n\nText\n\n---\n\n# Second\n`);
  try {
    write('First version');
    await page.goto(deckPage(`${folder}/deck.md`));
    await expect(currentSlide(page).getByRole('heading')).toHaveText('First version');
    await expect(availableOffline(page)).toBeVisible(CACHED);

    write('Edited version');
    await page.reload();
    await expect(currentSlide(page).getByRole('heading')).toHaveText('Edited version');

    await context.setOffline(true);
    await page.reload();
    await expect(currentSlide(page).getByRole('heading')).toHaveText('Edited version');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the default deck stays whole offline, and opens again from a reload without a network', async ({ context, page }) => {
  // The one deck in slides/, whatever its name; with several, the first as the list links it.
  const slides = join(process.env.LECTERN_OUT_DIR ?? 'dist', 'slides');
  const decks = parseDeckList(readFileSync(join(slides, 'decks.json'), 'utf8')) ?? [];
  const [first] = decks;
  if (!first) throw new Error(`${slides}/decks.json lists no deck: put one in slides/ and build again.`);
  const count = parseDeck(readFileSync(join(slides, first.file), 'utf8')).slides.length;
  await page.goto(decks.length > 1 ? `./${deckHref('', first.file)}` : './');
  await expectSlide(page, 1, count);
  await expect(availableOffline(page)).toBeVisible(CACHED);
  await context.setOffline(true);
  await walkDeck(page, count);
  await page.reload();
  await expectSlide(page, count, count);
  await page.keyboard.press('Home');
  await walkDeck(page, count);
});

test('an image missing on the server does not stop the rest being kept; the console names it', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(deckPage('images-deck/deck.md'));
  await expect(availableOffline(page)).toBeVisible(CACHED);
  expect(warnings.filter((text) => text.includes('missing on the server'))).toEqual([
    expect.stringContaining('/fixtures/images-deck/images/nowhere.png'),
  ]);
});

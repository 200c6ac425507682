import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseDeck } from '../src/deck/parse-deck';
import { deckPath, parseDeckList } from '../src/load/deck-list';
import { expectSlide, walkDeck, watchErrors } from './helpers';

// The one test of whatever decks the speaker keeps in slides/ (as built): it must pass for
// any valid deck, or folder of decks, so it knows nothing of their content.
const SLIDES = join(process.env.LECTERN_OUT_DIR ?? 'dist', 'slides');
const LIST = join(SLIDES, 'decks.json');
if (!existsSync(LIST)) throw new Error(`${LIST} is missing: build first (npm run build), or run npm test, which does.`);
const decks = (parseDeckList(readFileSync(LIST, 'utf8')) ?? []).map((entry) => ({
  file: entry.file,
  count: parseDeck(readFileSync(join(SLIDES, entry.file), 'utf8')).slides.length,
}));
// One deck opens with the page; with several, the page lists them and each opens with ?src=.
const single = decks.length === 1;

for (const { file, count } of decks) {
  test(`${file} opens, and all ${count} of its slides show with their images and no error`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(single ? './' : `./?src=${deckPath(file)}`);
    await walkDeck(page, count);
    await page.keyboard.press('Home');
    await expectSlide(page, 1, count);
    await page.keyboard.press('End');
    await expectSlide(page, count, count);
    expect(errors).toEqual([]);
  });
}

test('the default deck is requested with the page, while the app code is still on its way', async ({ page }) => {
  test.skip(!single, 'several decks: the page lists them, and fetches none of them before a choice');
  const [only] = decks;
  let deckRequested = (): void => undefined;
  const deck = new Promise<void>((resolve) => (deckRequested = resolve));
  page.on('request', (request) => {
    if (only && new URL(request.url()).pathname.endsWith(`/${deckPath(only.file)}`)) deckRequested();
  });
  // The app's code is held back until the deck has been asked for: were the deck fetched
  // only by that code, the page would never show a slide.
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await deck;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.locator('lectern-slide[current] .content > *').first()).toBeVisible();
});

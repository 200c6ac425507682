import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseDeck } from '../src/deck/parse-deck';
import { expectSlide, walkDeck, watchErrors } from './helpers';

// The one test of whatever deck the speaker keeps in slides/ (as built into dist/):
// it must pass for any valid deck, so it knows nothing of its content.
const BUILT = 'dist/slides/slides.md';
if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: build first (npm run build), or run npm test, which does.`);
const deck = parseDeck(readFileSync(BUILT, 'utf8'));
const count = deck.slides.length;

test(`the default deck opens, and all ${count} of its slides show with their images and no error`, async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await walkDeck(page, count);
  await page.keyboard.press('Home');
  await expectSlide(page, 1, count);
  await page.keyboard.press('End');
  await expectSlide(page, count, count);
  expect(errors).toEqual([]);
});

test('the default deck is requested with the page, while the app code is still on its way', async ({ page }) => {
  let deckRequested = (): void => undefined;
  const deck = new Promise<void>((resolve) => (deckRequested = resolve));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/slides/slides.md')) deckRequested();
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

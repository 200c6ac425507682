import { expect, type Page } from '@playwright/test';

/** The counter's `N / M` text, as the speaker sees it. */
export const counter = (page: Page) => page.locator('.counter');

/** The slide the audience sees. */
export const currentSlide = (page: Page) => page.locator('lectern-slide[current]');

/**
 * The page showing a test deck from e2e/fixtures, served beside the app on its
 * own origin (`fixtures/…` resolves against the page, as a relative ?src= does).
 */
export const deckPage = (path: string, hash = '', query = '') => `./?src=fixtures/${path}${query}${hash}`;

/** The copy of the seed deck (33 slides) that tests rely on; slides/ belongs to the speaker. */
export const seed = (hash = '', query = '') => deckPage('seed-deck/slides.md', hash, query);

/** A second site serving the same fixtures with CORS, for decks from another origin. */
export const SITE = `http://127.0.0.1:${process.env.LECTERN_TEST_SITE_PORT ?? ''}`;

export async function expectSlide(page: Page, n: number, of = 33): Promise<void> {
  await expect(counter(page)).toHaveText(`${n} / ${of}`);
  await expect(page).toHaveURL(new RegExp(`#/${n}$`));
}

/** Console errors and uncaught exceptions seen by the page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Walks a deck from slide 1 to its last with the right-arrow key, checking at each
 * slide the counter, the hash, and that every image on it has loaded.
 */
export async function walkDeck(page: Page, count: number): Promise<void> {
  await expectSlide(page, 1, count);
  for (let n = 1; n <= count; n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await expectSlide(page, n, count);
    for (const img of await currentSlide(page).locator('img').all()) {
      // decode() settles once the image has loaded, and fails for a broken one.
      const loaded = await img.evaluate((el: HTMLImageElement) => el.decode().then(() => true, () => false));
      expect(loaded, `image ${await img.getAttribute('src')} on slide ${n} loads`).toBe(true);
    }
    // A missing image is swapped for a placeholder: none may be on the slide.
    await expect(currentSlide(page).locator('.missing-image')).toHaveCount(0);
  }
}

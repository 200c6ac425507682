import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { SITE, counter, currentSlide, deckPage, seed } from './helpers';

test('?src= loads a deck from another site, with its images beside it', async ({ page }) => {
  await page.goto(`./?src=${encodeURIComponent(`${SITE}/images-deck/deck.md`)}`);
  await expect(counter(page)).toHaveText('1 / 3');
  await expect(page).toHaveTitle('Images beside a deck');
  const img = currentSlide(page).getByRole('img', { name: 'Union filesystem' });
  await expect(img).toHaveAttribute('src', `${SITE}/images-deck/images/union.png`);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
});

test('a relative ?src= resolves against the page', async ({ page }) => {
  await page.goto(seed('#/6'));
  await expect(counter(page)).toHaveText('6 / 33');
  await expect.poll(() => currentSlide(page).getByRole('img').evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
});

test('a missing image shows its alt text in a placeholder and the slide stays intact', async ({ page }) => {
  await page.goto(deckPage('images-deck/deck.md', '#/2'));
  const slide = currentSlide(page);
  const placeholder = slide.getByRole('img', { name: 'Diagram that is not there' });
  await expect(placeholder).toBeVisible();
  await expect(placeholder).toContainText('Diagram that is not there');
  await expect(slide.getByText('Before the picture.')).toBeVisible();
  await expect(slide.getByText('After the picture.')).toBeVisible();
});

test('links in a deck resolve against the deck, in-deck links against the deck itself', async ({ page }) => {
  await page.goto(`./?src=${SITE}/images-deck/deck.md#/3`);
  const slide = currentSlide(page);
  await expect(slide.getByRole('link', { name: 'Local file' })).toHaveAttribute('href', `${SITE}/images-deck/images/union.png`);
  const inDeck = slide.getByRole('link', { name: 'in-deck link' });
  await expect(inDeck).toHaveAttribute('href', '#pictures');
  await expect(inDeck).not.toHaveAttribute('target', /.*/);
  await inDeck.click();
  await expect(counter(page)).toHaveText('1 / 3');
});

test('a reference link works on a slide other than the one that defines it', async ({ page }) => {
  await page.goto(deckPage('links-deck.md'));
  const slide = currentSlide(page);
  const manual = slide.getByRole('link', { name: 'the manual' });
  await expect(manual).toHaveAttribute('href', 'https://example.invalid/manual');
  await expect(manual).toHaveAttribute('title', 'The manual');
  await expect(manual).toHaveAttribute('target', '_blank');
  await expect(slide.getByRole('link', { name: 'FAQ' })).toHaveAttribute('href', 'https://example.invalid/faq');
  await expect(slide).not.toContainText('[manual]');
  await page.keyboard.press('ArrowRight');
  // The definitions themselves are not text on their own slide.
  await expect(currentSlide(page)).toContainText('Nothing to see here');
  await expect(currentSlide(page)).not.toContainText('example.invalid');
});

test.describe('a deck that cannot be loaded gets a readable message', () => {
  test('HTTP 404 names the URL and the status', async ({ page }) => {
    await page.goto(`./?src=${SITE}/no-such-deck.md`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Deck not found');
    await expect(alert).toContainText(`${SITE}/no-such-deck.md`);
    await expect(alert).toContainText('HTTP 404');
    await expect(alert).toContainText('?src=');
  });

  test('a dev or preview server answering with index.html is reported as not found', async ({ page }) => {
    await page.goto('./?src=nowhere/talk.md');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Deck not found');
    await expect(alert).toContainText('/nowhere/talk.md');
    await expect(alert).toContainText('web page');
  });

  test('a network error names the URL', async ({ page }) => {
    await page.goto('./?src=http://127.0.0.1:9/deck.md');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not be loaded');
    await expect(alert).toContainText('http://127.0.0.1:9/deck.md');
  });

  test('an empty file says so', async ({ page }) => {
    await page.goto(deckPage('empty.md'));
    await expect(page.getByRole('alert')).toContainText('The deck is empty');
  });
});

test('an unclosed fence ends at the next separator and says so in the console', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(deckPage('unclosed.md'));
  await expect(counter(page)).toHaveText('1 / 3');
  await expect(currentSlide(page).locator('code.language-python')).toContainText('never closed');
  expect(warnings.join('\n')).toMatch(/never closed/);
  await page.keyboard.press('End');
  await expect(currentSlide(page).getByRole('heading')).toHaveText('To the end');
});

test('dist/index.html opened from disk says to serve the folder instead of showing a black page', async ({ page }) => {
  await page.goto(pathToFileURL(resolve('dist/index.html')).href);
  const hint = page.getByText('Browsers do not run it from a page opened from disk');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('npm run preview');
  await expect(hint).toHaveCSS('opacity', '1');
});

test('served, the app replaces the page\'s own loading text', async ({ page }) => {
  await page.goto(deckPage('links-deck.md'));
  await expect(counter(page)).toHaveText('1 / 2');
  await expect(page.locator('#lectern-boot')).toHaveCount(0);
  await expect(page.getByText('Still nothing?')).toHaveCount(0);
});

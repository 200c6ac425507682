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

  test('a file of front matter and separators only has no slides, and says so', async ({ page }) => {
    await page.goto(deckPage('separators-only.md'));
    await expect(page.getByRole('alert')).toContainText('The deck has no slides');
    await expect(page.getByRole('alert')).toContainText('separators');
  });

  for (const how of ['declared', 'streamed']) {
    test(`a deck over the size cap (${how} size) is refused with the cap named, not read to the end`, async ({ page }) => {
      await page.goto(deckPage(`huge/${how}.md`));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The deck is too large');
      await expect(alert).toContainText('up to 10 MB');
      await expect(alert).toContainText(`huge/${how}.md`);
    });
  }
});

test('a file that is not UTF-8 still shows, with a banner that says to save it as UTF-8', async ({ page }) => {
  await page.goto(deckPage('encoded/latin1.md'));
  await expect(currentSlide(page).getByRole('heading')).toHaveText('Caf\uFFFD');
  const banner = page.getByRole('status').filter({ hasText: 'not UTF-8' });
  await expect(banner).toContainText('save it as UTF-8');
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
  await expect(counter(page)).toHaveText('1 / 1');
});

test('a UTF-16 file with its byte-order mark reads right, with no banner', async ({ page }) => {
  await page.goto(deckPage('encoded/utf16le.md'));
  await expect(currentSlide(page).getByRole('heading')).toHaveText('Grüße');
  await expect(page.getByText('not UTF-8')).toHaveCount(0);
});

test('a deck from another site is marked with its host and gets no <style>; the site\'s own deck keeps its style', async ({ page }) => {
  await page.goto(`./?src=${SITE}/styled.md`);
  await expect(page.getByText(`external deck: ${new URL(SITE).host}`)).toBeVisible();
  const heading = currentSlide(page).getByRole('heading', { name: 'Styled' });
  await expect(heading).toBeVisible();
  await expect(currentSlide(page).locator('style')).toHaveCount(0);
  await expect(heading).not.toHaveCSS('color', 'rgb(200, 0, 0)');

  await page.goto(deckPage('styled.md'));
  await expect(currentSlide(page).getByRole('heading', { name: 'Styled' })).toHaveCSS('color', 'rgb(200, 0, 0)');
  await expect(page.getByText(/external deck/)).toHaveCount(0);
  // Only that slide: the counter keeps its own colour.
  await expect(counter(page)).not.toHaveCSS('color', 'rgb(200, 0, 0)');
});

test('a deck that redirects to another site is that site\'s deck: badge, no <style>, links resolve there', async ({ page }) => {
  await page.goto(deckPage(`redirect/${new URL(SITE).port}/styled.md`));
  await expect(page.getByText(`external deck: ${new URL(SITE).host}`)).toBeVisible();
  await expect(currentSlide(page).getByRole('heading', { name: 'Styled' })).toBeVisible();
  await expect(currentSlide(page).locator('style')).toHaveCount(0);
});

test('?src= with another scheme than http(s) is refused and nothing is fetched', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`./?src=${encodeURIComponent('data:text/markdown,# Phishing')}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This deck source is refused');
  await expect(alert).toContainText('data:');
  // The page itself carries the src in its query; nothing else may.
  const page0 = new URL(page.url());
  expect(requests.filter((url) => new URL(url).pathname !== page0.pathname && (url.startsWith('data:') || url.includes('Phishing')))).toEqual([]);
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

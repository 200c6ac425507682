import { expect, test, type Locator, type Page } from '@playwright/test';
import { currentSlide, deckPage, expectSlide, watchErrors } from './helpers';

/** e2e/fixtures/marp/deck.md: 11 slides in the file, one of them hidden. */
const COUNT = 10;
const deck = (hash = '') => deckPage('marp/deck.md', hash);

/** Settings and image keywords that must never reach the audience. */
const DIRECTIVE = /_class|_hide|paginate|header:|footer:|backgroundColor|_color|\bbg\b|w:300|h:120|fit -->|Welcome everyone|Notes for/i;

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  expect(found, 'the element is laid out').not.toBeNull();
  return found as Box;
}

/** Goes to slide n and waits for its content to be placed. */
async function show(page: Page, n: number): Promise<Locator> {
  await page.goto(deck(`#/${n}`));
  await expectSlide(page, n, COUNT);
  const slide = currentSlide(page);
  await expect(slide.locator('.content')).toBeAttached();
  return slide;
}

async function expectNoSettingsText(slide: Locator): Promise<void> {
  const text = await slide.evaluate((host) => (host.shadowRoot as ShadowRoot).textContent ?? '');
  // The shadow root's text includes <style> text: only what is shown counts.
  const shown = await slide.evaluate((host) =>
    [...(host.shadowRoot as ShadowRoot).children].map((el) => (el instanceof HTMLElement ? el.innerText : '')).join('\n'),
  );
  expect(shown).not.toMatch(DIRECTIVE);
  expect(text).not.toContain('![bg');
}

test.use({ viewport: { width: 1280, height: 720 } });

test('paginate, header and footer: from the front matter, turned off or replaced for one slide', async ({ page }) => {
  const errors = watchErrors(page);
  let slide = await show(page, 1);
  await expect(slide.locator('.lectern-marp-header')).toHaveText('Lectern meets Marp');
  await expect(slide.locator('.lectern-marp-header strong')).toHaveText('Marp');
  await expect(slide.locator('.lectern-marp-footer')).toHaveText('ACME Conf 2026');
  // `_paginate: false` on the title slide.
  await expect(slide.locator('.lectern-marp-page')).toHaveCount(0);
  await expect(slide.getByRole('heading', { name: 'A Marp talk' })).toBeVisible();
  await expectNoSettingsText(slide);
  // The header sits at the top of the slide, the footer at its bottom.
  const host = await box(slide);
  expect((await box(slide.locator('.lectern-marp-header'))).y).toBeLessThan(host.y + host.height * 0.1);
  expect((await box(slide.locator('.lectern-marp-footer'))).y).toBeGreaterThan(host.y + host.height * 0.85);

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, COUNT);
  slide = currentSlide(page);
  await expect(slide.locator('.lectern-marp-page')).toHaveText('2');
  await expect(slide.locator('.lectern-marp-page')).toBeVisible();

  slide = await show(page, 6);
  await expect(slide.locator('.lectern-marp-header')).toHaveCount(0);
  await expect(slide.locator('.lectern-marp-footer')).toHaveText('Only this footer');
  await expect(slide.locator('.lectern-marp-page')).toHaveText('6');
  // The one-slide footer is gone on the next slide, the deck's is back.
  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page).locator('.lectern-marp-footer')).toHaveText('ACME Conf 2026');
  expect(errors).toEqual([]);
});

test('![bg] covers the slide; left and right:40% take that side and move the content to the other', async ({ page }) => {
  let slide = await show(page, 2);
  const host = await box(slide);
  const layer = slide.locator('.lectern-marp-bg');
  await expect(layer).toHaveCount(1);
  expect(await box(layer)).toEqual(host);
  await expect(slide.locator('.content img')).toHaveCount(0);
  await expect(slide.getByRole('heading', { name: 'Full background' })).toBeVisible();
  await expectNoSettingsText(slide);

  slide = await show(page, 3);
  let image = await box(slide.locator('.lectern-marp-bg'));
  expect(image.x).toBeCloseTo(host.x, 0);
  expect(image.width).toBeCloseTo(host.width / 2, 0);
  let heading = await box(slide.getByRole('heading', { name: 'Split left' }));
  expect(heading.x).toBeGreaterThanOrEqual(host.x + host.width / 2);

  slide = await show(page, 4);
  image = await box(slide.locator('.lectern-marp-bg'));
  expect(image.x).toBeCloseTo(host.x + host.width * 0.6, 0);
  expect(image.width).toBeCloseTo(host.width * 0.4, 0);
  heading = await box(slide.getByRole('heading', { name: 'Split right' }));
  expect(heading.x).toBeLessThan(host.x + host.width * 0.2);
  const text = await box(slide.getByText('Content on the left 60%.'));
  expect(text.x + text.width).toBeLessThanOrEqual(host.x + host.width * 0.6);
});

test('several bg images share the slide, stacked with vertical, each sized as asked', async ({ page }) => {
  const slide = await show(page, 5);
  const host = await box(slide);
  const parts = slide.locator('.lectern-marp-bg > div');
  await expect(parts).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const part = await box(parts.nth(i));
    expect(part.width).toBeCloseTo(host.width, 0);
    expect(part.height).toBeCloseTo(host.height / 3, 0);
    expect(part.y).toBeCloseTo(host.y + (i * host.height) / 3, 0);
  }
  await expect(parts.nth(0)).toHaveCSS('background-size', 'contain');
  await expect(parts.nth(1)).toHaveCSS('background-size', 'cover');
  await expect(parts.nth(0)).toHaveCSS('background-image', /union\.png/);
  // The images are loaded by the slide, from beside the deck.
  const loaded = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    return img.decode().then(() => true, () => false);
  }, (await parts.nth(1).evaluate((el) => getComputedStyle(el).backgroundImage)).replace(/^url\("(.*)"\)$/, '$1'));
  expect(loaded).toBe(true);
  await expectNoSettingsText(slide);
});

test('w: and h: size inline images; their keywords leave the alt text', async ({ page }) => {
  const slide = await show(page, 6);
  const host = await box(slide);
  const logo = slide.getByRole('img', { name: 'Union logo' });
  await expect(logo).toBeVisible();
  await logo.evaluate((img: HTMLImageElement) => img.decode());
  expect((await box(logo)).width).toBeCloseTo((300 * host.width) / 1280, 0);
  const sunset = slide.locator('img[src$="sunset.png"]');
  await sunset.evaluate((img: HTMLImageElement) => img.decode());
  expect((await box(sunset)).height).toBeCloseTo((120 * host.width) / 1280, 0);
  await expect(sunset).toHaveAttribute('alt', '');
  await expectNoSettingsText(slide);
});

test('a <!-- fit --> heading spans the content width on one line', async ({ page }) => {
  const slide = await show(page, 7);
  const host = await box(slide);
  const heading = slide.getByRole('heading', { name: 'Fit this heading' });
  await expect(heading).toBeVisible();
  const line = await box(heading.locator('.lectern-fit-line'));
  const room = ((1280 - 2 * 72) * host.width) / 1280;
  expect(Math.abs(line.width - room) / room).toBeLessThan(0.03);
  // One line: no taller than its font's line.
  const size = await heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(line.height).toBeLessThan(size * 1.5);
  await expectNoSettingsText(slide);
  // The overview names slides by what they show: no comment, no `bg` keywords.
  await page.keyboard.press('o');
  const cells = page.getByRole('dialog', { name: 'Overview' }).locator('button.cell');
  await expect(cells).toHaveCount(COUNT);
  await expect(cells.nth(6)).toHaveAccessibleName('Slide 7: Fit this heading');
  for (let i = 0; i < COUNT; i++) await expect(cells.nth(i)).not.toHaveAccessibleName(/bg|<!--/);
});

test('a directive comment over several lines: _hide skips the slide, _class and colours apply', async ({ page }) => {
  const slide = await show(page, 8);
  await expect(slide.getByRole('heading', { name: 'Multi-line directives' })).toBeVisible();
  await expect(slide).toHaveClass(/\blead\b/);
  await expect(slide).toHaveCSS('background-color', 'rgb(18, 52, 86)');
  await expectNoSettingsText(slide);
  // The hidden slide between 7 and 8 is never shown.
  await page.keyboard.press('ArrowLeft');
  await expect(currentSlide(page).getByRole('heading', { name: 'Fit this heading' })).toBeVisible();
  for (let n = 1; n <= COUNT; n++) {
    await page.goto(deck(`#/${n}`));
    await expectSlide(page, n, COUNT);
    await expect(currentSlide(page).getByText('Nobody sees this')).toHaveCount(0);
  }
});

test('<style scoped> styles its slide only; a plain <style> and style: style every slide, section meaning the slide', async ({ page }) => {
  let slide = await show(page, 8);
  await expect(slide.locator('h1')).toHaveCSS('color', 'rgb(255, 0, 0)');

  slide = await show(page, 9);
  await expect(slide.locator('h2')).toHaveCSS('text-transform', 'uppercase');
  await expect(slide.getByText('green everywhere')).toHaveCSS('color', 'rgb(0, 128, 0)');
  await expectNoSettingsText(slide);

  slide = await show(page, 10);
  await expect(slide.locator('h1')).not.toHaveCSS('color', 'rgb(255, 0, 0)');
  // The <style> written on slide 9 reaches slide 10.
  await expect(slide.getByText('still green')).toHaveCSS('color', 'rgb(0, 128, 0)');
  // `section { background: … }` from the front matter's style: is the slide's background …
  await expect(slide).toHaveCSS('background-color', 'rgb(255, 251, 230)');
  // … but `position: fixed; top: 300px` in the same rule cannot move the slide.
  await expect(slide).toHaveCSS('position', 'absolute');
  const canvas = await box(page.locator('lectern-stage'));
  const host = await box(slide);
  expect(host.y).toBeLessThan(canvas.y + canvas.height / 2);

  slide = await show(page, 1);
  await expect(slide).toHaveCSS('background-color', 'rgb(255, 251, 230)');
});

test('_class: invert is a dark slide; _color colours the text, header and page number but not code', async ({ page }) => {
  await page.goto(deckPage('marp/invert.md'));
  await expectSlide(page, 1, 2);
  let slide = currentSlide(page);
  await expect(slide).toHaveCSS('background-color', 'rgb(31, 36, 48)');
  await expect(slide.getByRole('heading', { name: 'Inverted' })).toHaveCSS('color', 'rgb(255, 255, 255)');
  await expect(slide.getByText('Light text on a dark slide')).toHaveCSS('color', 'rgb(244, 246, 250)');
  await expect(slide.locator('.lectern-marp-footer')).toHaveCSS('color', 'rgb(244, 246, 250)');
  // Code keeps the theme's text colour on its own light background.
  await expect(slide.locator('code')).not.toHaveCSS('color', 'rgb(244, 246, 250)');
  await page.screenshot({ path: test.info().outputPath('invert.png') });

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, 2);
  slide = currentSlide(page);
  await expect(slide.getByRole('heading', { name: 'Coloured text' })).toHaveCSS('color', 'rgb(0, 90, 0)');
  await expect(slide.getByText('A green paragraph')).toHaveCSS('color', 'rgb(0, 90, 0)');
  await expect(slide.locator('.lectern-marp-footer')).toHaveCSS('color', 'rgb(0, 90, 0)');
  await expect(slide.locator('.lectern-marp-page')).toHaveCSS('color', 'rgb(0, 90, 0)');
  await expect(slide.locator('code')).not.toHaveCSS('color', 'rgb(0, 90, 0)');
});

test('size: 4:3 in a Marp deck is a 4:3 canvas', async ({ page }) => {
  await page.goto(deckPage('marp/four-three.md'));
  await expectSlide(page, 1, 1);
  const slide = currentSlide(page);
  await expect(slide.getByRole('heading', { name: 'A 4:3 Marp deck' })).toBeVisible();
  const { width, height } = await box(slide);
  expect(width / height).toBeCloseTo(4 / 3, 2);
});

test('a global <style> starting `* {` styles every slide and adds no build step; a scoped one wins on its slide', async ({ page }) => {
  await page.goto(deckPage('marp/global-style.md'));
  await expectSlide(page, 1, 2);
  let slide = currentSlide(page);
  // The rule after `* { … }` still applies: nothing was written into the CSS.
  await expect(slide.getByRole('heading', { name: 'Shouting' })).toHaveCSS('text-transform', 'uppercase');
  await expect(slide.getByRole('heading', { name: 'Shouting' })).toHaveCSS('color', 'rgb(0, 0, 128)');
  await expect(slide.getByText('color: navy')).toHaveCount(0);
  // One press, the next slide: no invisible step on the way.
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, 2);
  slide = currentSlide(page);
  await expect(slide.getByText('Plain text on every slide.')).toHaveCSS('color', 'rgb(0, 0, 128)');
  await expect(slide.getByRole('heading', { name: 'Two' })).toHaveCSS('color', 'rgb(200, 0, 0)');
  await page.screenshot({ path: '/tmp/fixm-global.png' });
});

test('only a Marp deck downloads the Marp code; a deck with other looks does not', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(deckPage('layouts/deck.md'));
  await expect(currentSlide(page).locator('.content')).toBeAttached();
  await expect.poll(() => scripts.some((url) => /\/slide-look-[\w-]+\.js$/.test(url))).toBe(true);
  expect(scripts.filter((url) => /\/marp-look-[\w-]+\.js$/.test(url))).toEqual([]);
  await page.goto(deck('#/1'));
  await expectSlide(page, 1, COUNT);
  await expect.poll(() => scripts.some((url) => /\/marp-look-[\w-]+\.js$/.test(url))).toBe(true);
});

test('a deck written for Marp CLI, without marp: true, is read as a Marp deck', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(deckPage('marp/cli.md'));
  await expectSlide(page, 1, 3);
  let slide = currentSlide(page);
  await expect(slide.getByRole('heading', { name: 'Written for Marp CLI' })).toBeVisible();
  await expect(slide.locator('.lectern-marp-page')).toHaveText('1');
  await expectNoSettingsText(slide);

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, 3);
  slide = currentSlide(page);
  // The background takes the left 40%, and the text moves right of it.
  const host = await box(slide);
  const heading = await box(slide.getByRole('heading', { name: 'Split' }));
  expect(heading.x).toBeGreaterThan(host.x + host.width * 0.4);
  await expect(slide.getByRole('img')).toHaveCount(0);
  // Its * list builds up, as Marp's does.
  await expect(slide.getByText('First point')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(slide.getByText('First point')).toBeVisible();
  await expect(slide.getByText('Second point')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');

  // A directive comment over several lines.
  await expectSlide(page, 3, 3);
  slide = currentSlide(page);
  await expect(slide).toHaveCSS('background-color', 'rgb(17, 34, 51)');
  await expect(slide.getByRole('heading', { name: 'Dark slide' })).toHaveCSS('color', 'rgb(255, 255, 255)');
  await expectNoSettingsText(slide);

  // Its comment is a note in the presenter view.
  await page.goto(deckPage('marp/cli.md', '#/1', '&presenter'));
  await expect(page.getByRole('region', { name: 'Speaker notes' })).toContainText('Notes for the speaker');
  expect(errors).toEqual([]);
});

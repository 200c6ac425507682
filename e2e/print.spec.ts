import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { parseDeck } from '../src/deck/parse-deck';
import { deckPage, seed } from './helpers';

const SEED = parseDeck(readFileSync('e2e/fixtures/seed-deck/slides.md', 'utf8'));

const pages = (page: Page) => page.locator('lectern-print .page');

/** The print view is ready: every page laid out, fitted and with its images. */
async function ready(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-lectern-print', 'ready', { timeout: 60_000 });
}

test.describe('?print', () => {
  test('shows every slide at once, in order, each page the canvas size with its number', async ({ page }) => {
    await page.goto(seed('', '&print'));
    await ready(page);
    const count = SEED.slides.length;
    await expect(pages(page)).toHaveCount(count);
    await expect(page.getByRole('status')).toHaveText(`${count} slides, one per page: print this page, or save it as PDF (no margins, background graphics on).`);
    for (const [i, slide] of SEED.slides.entries()) {
      const sheet = pages(page).nth(i);
      await expect(sheet).toHaveAttribute('aria-label', `Slide ${i + 1} of ${count}`);
      await expect(sheet.locator('.page-number')).toHaveText(`${i + 1} / ${count}`);
      await expect(sheet.locator('lectern-slide')).toBeVisible();
      if (slide.title) await expect(sheet.locator('lectern-slide')).toContainText(slide.title.replace(/\s+/g, ' ').slice(0, 40));
      const box = await sheet.boundingBox();
      expect(box && [box.width, box.height], `page ${i + 1}`).toEqual([1280, 720]);
    }
    // Every slide is shown, not only a current one.
    await expect(page.locator('lectern-slide:not([current])')).toHaveCount(0);
  });

  test('prints one sheet per slide at the canvas size, and nothing lies outside its page', async ({ page }) => {
    await page.goto(seed('', '&print'));
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    // Pages one under the other, with no gap: each sheet is exactly one page box.
    const tops = await pages(page).evaluateAll((all) => all.map((el) => el.getBoundingClientRect().top));
    tops.forEach((top, i) => expect(top - (tops[0] ?? 0)).toBe(i * 720));
    const outside = await pages(page).evaluateAll((all) =>
      all.flatMap((sheet, i) => {
        const box = sheet.getBoundingClientRect();
        const slide = sheet.querySelector('lectern-slide');
        const inside = [...sheet.querySelectorAll('.page-number'), ...(slide?.shadowRoot?.querySelectorAll('.content, .content *') ?? [])];
        return inside
          .filter((el) => {
            const r = el.getBoundingClientRect();
            // Inside a code block that scrolls sideways, a line may run on; the block itself is checked.
            if (el.closest('pre') && el.tagName !== 'PRE') return false;
            return r.width > 0 && (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1);
          })
          .map((el) => `page ${i + 1}: <${el.tagName.toLowerCase()}>`);
      }),
    );
    expect(outside).toEqual([]);
    const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.getPageCount()).toBe(SEED.slides.length);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 960, height: 540 });
  });

  test('a 4:3 deck prints 1024x768 pages', async ({ page }) => {
    await page.goto(deckPage('several-decks/workshop.md', '', '&print'));
    await ready(page);
    const box = await pages(page).first().boundingBox();
    expect(box && [box.width, box.height]).toEqual([1024, 768]);
    const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.getPageCount()).toBe(await pages(page).count());
    expect(pdf.getPage(0).getSize()).toEqual({ width: 768, height: 576 });
  });

  test('&notes puts each slide\'s notes, and its Landslide .notes: lines, under it', async ({ page }) => {
    await page.goto(deckPage('notes-deck.md', '', '&print&notes'));
    await ready(page);
    await expect(pages(page)).toHaveCount(7);
    const notes = (n: number) => pages(page).nth(n - 1).getByRole('complementary', { name: `Notes for slide ${n}` });
    await expect(notes(1)).toHaveText('Remark notes here');
    await expect(notes(2)).toHaveText('Reveal notes line');
    await expect(notes(5)).toContainText('Inline on-slide note');
    await expect(notes(7)).toHaveText('No notes for this slide.');
    // The notes take the room under the slide: the slide keeps its canvas.
    const sheet = await pages(page).first().boundingBox();
    const slide = await pages(page).first().locator('lectern-slide').boundingBox();
    const under = await notes(1).boundingBox();
    expect(sheet && [sheet.width, sheet.height]).toEqual([1280, 1080]);
    expect(slide && [slide.width, slide.height]).toEqual([1280, 720]);
    expect(under && slide && under.y).toBeGreaterThanOrEqual((slide?.y ?? 0) + 720);
    // Notes stay off the slides without &notes.
    await page.goto(deckPage('notes-deck.md', '', '&print'));
    await ready(page);
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(page.getByText('Remark notes')).toHaveCount(0);
  });

  test('prints a deck in its theme and with its own stylesheet', async ({ page }) => {
    await page.goto(deckPage('themes/dark.md', '', '&print'));
    await ready(page);
    await expect(pages(page).first()).toHaveCSS('background-color', 'rgb(21, 24, 30)');
    await page.goto(deckPage('themes/styled.md', '', '&print'));
    await ready(page);
    await expect(pages(page).first()).toHaveCSS('background-color', 'rgb(255, 250, 235)');
    await expect(pages(page).first().getByRole('heading', { name: 'Styled by the deck' })).toHaveCSS('color', 'rgb(120, 20, 60)');
  });

  test('prints each slide with its layout, classes and background, as in the talk', async ({ page }) => {
    await page.goto(deckPage('layouts/deck.md', '', '&print'));
    await ready(page);
    const slide = (n: number) => pages(page).nth(n - 1).locator('lectern-slide');
    await expect(slide(2)).toHaveAttribute('layout', 'section');
    await expect(slide(3)).toHaveClass(/\bcenter\b.*\bmiddle\b/);
    await expect(slide(10)).toHaveClass(/\bmy-own\b/);
    await expect(slide(10).getByRole('heading', { name: 'A dark background' })).toHaveCSS('color', 'rgb(255, 255, 255)');
  });

  test('keys do not move or change any slide', async ({ page }) => {
    await page.goto(seed('', '&print'));
    await ready(page);
    const before = await pages(page).allTextContents();
    for (const key of ['ArrowRight', 'n', 'End', 'o', 'p', 'b', '5', 'Enter']) await page.keyboard.press(key);
    expect(await pages(page).allTextContents()).toEqual(before);
    await expect(page).not.toHaveURL(/#/);
    await expect(page.locator('lectern-app, lectern-overview, lectern-presenter')).toHaveCount(0);
    await expect(page.locator('lectern-slide:not([current])')).toHaveCount(0);
  });

  test('a large deck shows how far the layout is, and ends with every page', async ({ page }) => {
    await page.goto(deckPage('generated/300.md', '', '&print'));
    await expect(page.getByRole('status')).toHaveText(/^Laying out slide \d+ of 300…$/);
    await ready(page);
    await expect(pages(page)).toHaveCount(300);
    await expect(pages(page).last().locator('.page-number')).toHaveText('300 / 300');
  });

  test('a deck that does not load is an error screen, and the page says so to a script', async ({ page }) => {
    await page.goto(deckPage('no-such-deck.md', '', '&print'));
    await expect(page.locator('html')).toHaveAttribute('data-lectern-print', 'error');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(pages(page)).toHaveCount(0);
  });
});

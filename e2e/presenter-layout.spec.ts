import { expect, test, type Locator } from '@playwright/test';
import { deckPage } from './helpers';

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  expect(found, 'element is laid out').not.toBeNull();
  return found ?? { x: 0, y: 0, width: 0, height: 0 };
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

for (const { deck, viewport } of [
  { deck: 'notes-deck.md', viewport: { width: 1280, height: 720 } },
  { deck: 'notes-deck.md', viewport: { width: 1920, height: 1080 } },
  { deck: 'several-decks/workshop.md', viewport: { width: 1280, height: 720 } },
]) {
  test(`the presenter view uses its space at ${viewport.width}x${viewport.height} (${deck}): the current slide fills its pane, next slide and notes share the rest`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(deckPage(deck, '#/1', '&presenter'));
    const pane = page.getByRole('region', { name: 'Current slide' });
    const next = page.getByRole('region', { name: 'Next slide' });
    const notes = page.getByRole('region', { name: 'Speaker notes' });
    const slide = pane.locator('lectern-slide');
    await expect(slide.locator('.content h1, .content h2').first()).toBeVisible();

    const [paneBox, slideBox, nextSlideBox, notesBox] = await Promise.all([box(pane), box(slide), box(next.locator('lectern-slide')), box(notes)]);
    // No letterbox: the slide covers its pane both ways.
    expect(slideBox.width / paneBox.width).toBeGreaterThan(0.97);
    expect(slideBox.height / paneBox.height).toBeGreaterThan(0.97);
    // And it is the largest thing on the screen.
    expect(slideBox.width).toBeGreaterThan(viewport.width * 0.5);
    expect(slideBox.width).toBeGreaterThan(nextSlideBox.width);
    // The next slide is big enough to recognise, the notes to read a few lines; nothing overlaps, nothing is off screen.
    expect(nextSlideBox.width).toBeGreaterThan(viewport.width * 0.3);
    expect(notesBox.height).toBeGreaterThan(viewport.height * 0.25);
    for (const [a, b] of [[paneBox, nextSlideBox], [paneBox, notesBox], [nextSlideBox, notesBox]] as const) expect(overlaps(a, b)).toBe(false);
    for (const b of [paneBox, nextSlideBox, notesBox]) {
      expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
      expect(b.y + b.height).toBeLessThanOrEqual(viewport.height);
    }
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
  });
}

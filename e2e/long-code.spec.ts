import { expect, test, type Locator } from '@playwright/test';
import { currentSlide, deckPage } from './helpers';

/** How many rows a code line takes, and how many ↪ marks its gutter shows (one per row it wraps onto). */
function rowsAndMarks(line: Locator): Promise<{ rows: number; marks: number }> {
  return line.evaluate((el: HTMLElement) => {
    const rowHeight = parseFloat(getComputedStyle(el).lineHeight);
    const mark = getComputedStyle(el, '::before');
    const shown = mark.content.includes('↪') && mark.position === 'absolute' ? parseFloat(mark.height) || 0 : 0;
    // Wrapped, a line is a block of rows; otherwise an inline run: its boxes sit on as many rows as it takes.
    const rows = getComputedStyle(el).display === 'block' ? Math.round(el.offsetHeight / rowHeight) : new Set([...el.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    return { rows, marks: Math.round(shown / rowHeight) };
  });
}

test('a code line too long for the slide wraps, with a ↪ on each row it wraps onto, instead of shrinking the slide', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(deckPage('long-code/deck.md', '#/2'));
  const slide = currentSlide(page);
  const long = slide.locator('pre .line').filter({ hasText: 'docker run' });
  await expect(long).toBeVisible();
  await expect.poll(() => slide.evaluate((el: HTMLElement & { fittedScale?: number }) => el.fittedScale)).toBeGreaterThanOrEqual(0.8);
  const wrapped = await rowsAndMarks(long);
  expect(wrapped.rows).toBeGreaterThanOrEqual(2);
  expect(wrapped.marks).toBe(wrapped.rows - 1);
  expect(await rowsAndMarks(slide.locator('pre .line').filter({ hasText: 'docker ps' }))).toEqual({ rows: 1, marks: 0 });
  // The whole block, every character of it, is on the slide.
  const [pre, canvas] = await Promise.all([slide.locator('pre').boundingBox(), slide.boundingBox()]);
  expect(pre && canvas && pre.x + pre.width <= canvas.x + canvas.width && pre.y + pre.height <= canvas.y + canvas.height).toBe(true);
  // Selected and copied, the wrapped code is the code as written: no marks, no extra line breaks.
  const selected = await slide.locator('pre').evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return getSelection()?.toString();
  });
  expect(selected).toBe(
    'docker run --detach --name web --publish 8080:80 --volume /srv/site:/usr/share/nginx/html:ro --restart unless-stopped nginx:1.27\ndocker ps',
  );
});

test('code whose lines fit is neither wrapped nor shrunk', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(deckPage('long-code/deck.md', '#/3'));
  const slide = currentSlide(page);
  await expect(slide.locator('pre .line')).toHaveCount(2);
  await expect.poll(() => slide.evaluate((el: HTMLElement & { fittedScale?: number }) => el.fittedScale)).toBe(1);
  for (const line of await slide.locator('pre .line').all()) expect(await rowsAndMarks(line)).toEqual({ rows: 1, marks: 0 });
});

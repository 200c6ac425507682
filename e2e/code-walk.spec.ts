import { expect, test, type Page } from '@playwright/test';
import { counter, currentSlide, deckPage } from './helpers';

const DECK = 'code-walk/deck.md';
const COUNT = 10;

/** The 1-based numbers of the shown slide's highlighted code lines, in its first block. */
const focused = (page: Page) =>
  currentSlide(page)
    .locator('pre')
    .first()
    .evaluate((pre) => [...pre.querySelectorAll('.line')].flatMap((line, i) => (line.classList.contains('focus') ? [i + 1] : [])));

/** How strongly each line of the first block shows (its computed opacity). */
const opacities = (page: Page) =>
  currentSlide(page)
    .locator('pre')
    .first()
    .evaluate((pre) => [...pre.querySelectorAll('.line')].map((line) => Number(getComputedStyle(line).opacity)));

/** The line numbers as drawn beside each line (never part of the code's text). */
const numbers = (page: Page) =>
  currentSlide(page)
    .locator('pre')
    .first()
    .evaluate((pre) => [...pre.querySelectorAll('.line')].map((line) => getComputedStyle(line, '::after').content));

async function at(page: Page, slide: number, step = 0): Promise<void> {
  await expect(counter(page)).toHaveText(`${slide} / ${COUNT}`);
  await expect(page).toHaveURL(new RegExp(step > 0 ? `#/${slide}/${step}$` : `#/${slide}$`));
}

test('{2,4-6} highlights those lines and dims the others, with no steps', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/3'));
  await expect.poll(() => focused(page)).toEqual([2, 4, 5, 6]);
  const shown = await opacities(page);
  expect(shown.filter((o) => o === 1)).toHaveLength(4);
  expect(shown.filter((o) => o < 0.6)).toHaveLength(3);
  await page.keyboard.press('ArrowRight');
  await at(page, 4);
});

test('{1-2|3|5-9} walks the code a group per press, back and forth, with the hash', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/4'));
  await expect.poll(() => focused(page)).toEqual([1, 2]);
  await page.keyboard.press('ArrowRight');
  await at(page, 4, 1);
  await expect.poll(() => focused(page)).toEqual([3]);
  await page.keyboard.press('ArrowRight');
  await at(page, 4, 2);
  await expect.poll(() => focused(page)).toEqual([5, 6, 7, 8, 9]);
  await page.keyboard.press('ArrowRight');
  await at(page, 5);
  await page.keyboard.press('ArrowLeft');
  await at(page, 4, 2);
  await expect.poll(() => focused(page)).toEqual([5, 6, 7, 8, 9]);
});

test('line numbers: {lines}, reveal.js brackets from 712, and CodeHilite #!python; never copied with the code', async ({ page }) => {
  const drawn = (content: string) => content !== 'none' && content !== 'normal' && content !== '""';
  await page.goto(deckPage(DECK, '#/2'));
  await expect.poll(async () => (await numbers(page)).map(drawn)).toEqual([true, true, true]);
  const copied = await currentSlide(page).locator('pre').first().evaluate((pre) => pre.textContent ?? '');
  expect(copied.startsWith('def greet')).toBe(true);
  // A block without {lines} draws none.
  await page.keyboard.press('ArrowRight');
  await at(page, 3);
  expect((await numbers(page)).some(drawn)).toBe(false);
  await page.goto(deckPage(DECK, '#/6'));
  const start = await currentSlide(page).locator('pre').first().evaluate((pre) => getComputedStyle(pre).getPropertyValue('--lectern-line-start').trim());
  expect(start).toBe('711');
  await expect.poll(async () => (await numbers(page)).map(drawn)).toEqual([true, true, true]);
  await expect.poll(() => focused(page)).toEqual([1, 2]);
  await page.goto(deckPage(DECK, '#/7'));
  await expect.poll(async () => (await numbers(page)).map(drawn)).toEqual([true, true, true]);
  await expect(currentSlide(page).locator('pre')).not.toContainText('#!python');
});

test('reveal.js <code data-line-numbers="1|2"> in a deck\'s HTML steps too', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/8'));
  await expect.poll(() => focused(page)).toEqual([1]);
  await page.keyboard.press('ArrowRight');
  await at(page, 8, 1);
  await expect.poll(() => focused(page)).toEqual([2]);
});

test('a walk taller than its slide scrolls to the highlighted lines instead of shrinking the slide', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/9'));
  const pre = currentSlide(page).locator('pre').first();
  const last = pre.locator('.line').nth(39);
  await expect.poll(() => focused(page)).toEqual([1, 2]);
  await expect.poll(() => currentSlide(page).evaluate((el) => (el as HTMLElement & { fittedScale?: number }).fittedScale)).toBeGreaterThan(0.9);
  const inView = () =>
    last.evaluate((line) => {
      const box = (line.closest('pre') as HTMLElement).getBoundingClientRect();
      const rect = line.getBoundingClientRect();
      return rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
    });
  expect(await inView()).toBe(false);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focused(page)).toEqual([38, 39, 40]);
  await expect.poll(inView).toBe(true);
});

test('a walk reached with Previous (laid out whole behind the speaker) scrolls in its box and keeps the slide full size', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/10'));
  await at(page, 10);
  // The slide before is laid out, whole, while the page is idle: wait until it is.
  await expect.poll(() => page.locator('lectern-slide[aria-label="9 of 10"]').evaluate((el) => (el as HTMLElement & { fittedScale?: number }).fittedScale)).toBeDefined();
  await page.keyboard.press('ArrowLeft');
  await at(page, 9, 1);
  await expect.poll(() => focused(page)).toEqual([38, 39, 40]);
  await expect.poll(() => currentSlide(page).evaluate((el) => (el as HTMLElement & { fittedScale?: number }).fittedScale)).toBeGreaterThan(0.9);
});

test('the overview shows a walk whole, nothing dimmed', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/1'));
  await page.keyboard.press('o');
  const cell = page.getByRole('dialog', { name: 'Overview' }).getByRole('button', { name: /^Slide 4:/ });
  await expect(cell.locator('pre .line').first()).toBeVisible();
  const dimmed = await cell.locator('pre .line').evaluateAll((lines) => lines.filter((line) => Number(getComputedStyle(line).opacity) < 1).length);
  expect(dimmed).toBe(0);
});

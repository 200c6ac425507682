import { expect, test, type Page } from '@playwright/test';
import { counter, currentSlide, deckPage, expectSlide, watchErrors } from './helpers';

const overview = (page: Page) => page.getByRole('dialog', { name: 'Overview' });

/** Each tool's way to hide a slide: the headings the talk shows, in order; every hidden slide's heading says "Secret". */
const DECKS: Record<string, string[]> = {
  'slidev.md': ['Slidev start', 'Slidev middle', 'Slidev end'],
  'remark.md': ['remark start', 'Today', 'remark end'],
  'marp.md': ['Marp start', 'Marp end'],
  'reveal.md': ['reveal.js start', 'The plan', 'reveal.js end'],
};

/** Settings text that must never reach the audience. */
const DIRECTIVE = /hide|hidden|exclude|visibility|\.slide|name:|_class|layout:|class:/i;

test.use({ viewport: { width: 1280, height: 720 } });

for (const [file, titles] of Object.entries(DECKS)) {
  test(`${file}: hidden slides are skipped by the keys, the counter and the overview`, async ({ page }) => {
    const errors = watchErrors(page);
    const count = titles.length;
    await page.goto(deckPage(`hidden/${file}`));
    for (const [i, title] of titles.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expectSlide(page, i + 1, count);
      await expect(currentSlide(page).locator('h1')).toHaveText(title);
      expect(await currentSlide(page).locator('.content').innerText()).not.toMatch(DIRECTIVE);
    }
    // Past the last shown slide there is nothing, hidden or not.
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, count, count);
    await page.keyboard.press('Home');
    await expectSlide(page, 1, count);
    await page.keyboard.press('o');
    const cells = overview(page).locator('button.cell');
    await expect(cells).toHaveCount(count);
    for (const [i, title] of titles.entries()) await expect(cells.nth(i)).toHaveAccessibleName(`Slide ${i + 1}: ${title}`);
    await expect(overview(page).getByText(/Secret/)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('reveal.js id: #/plan and a link to it land on the slide, and a hidden slide heading is no target', async ({ page }) => {
  await page.goto(deckPage('hidden/reveal.md', '#/plan'));
  await expect(counter(page)).toHaveText('2 / 3');
  await expect(currentSlide(page).locator('h1')).toHaveText('The plan');
  await page.goto(deckPage('hidden/reveal.md'));
  await expectSlide(page, 1, 3);
  await currentSlide(page).getByRole('link', { name: 'see the plan' }).click();
  await expect(counter(page)).toHaveText('2 / 3');
  await expect(currentSlide(page).locator('h1')).toHaveText('The plan');
  await page.goto(deckPage('hidden/reveal.md', '#/secret-reveal'));
  await expect(counter(page)).toHaveText('1 / 3');
  await expect(currentSlide(page).locator('h1')).toHaveText('reveal.js start');
});

test('remark name: #agenda and a link to it land on the slide, whose name line is not shown', async ({ page }) => {
  await page.goto(deckPage('hidden/remark.md', '#agenda'));
  await expect(counter(page)).toHaveText('2 / 3');
  await expect(currentSlide(page).locator('h1')).toHaveText('Today');
  await expect(currentSlide(page).getByText('agenda')).toHaveCount(0);
  await page.goto(deckPage('hidden/remark.md'));
  await expectSlide(page, 1, 3);
  await currentSlide(page).getByRole('link', { name: 'to the agenda' }).click();
  await expect(counter(page)).toHaveText('2 / 3');
  await expect(currentSlide(page).locator('h1')).toHaveText('Today');
});

test('a deck whose every slide is hidden says it has no slides, and why', async ({ page }) => {
  await page.goto(deckPage('hidden/all-hidden.md'));
  await expect(page.getByRole('alert')).toContainText('The deck has no slides');
  await expect(page.getByRole('alert')).toContainText('hidden slides');
  await expect(page.getByText('Secret')).toHaveCount(0);
});

import { expect, test, type Page } from '@playwright/test';
import { counter, currentSlide, deckPage, watchErrors } from './helpers';

const COUNT = 6;
/** remark syntax that must never reach the audience. */
const SYNTAX = /\.[\w-]+\[|layout:|class:|name:|count:|template:|section:|\{\{|<!--|break -->/;

const heading = (page: Page) => currentSlide(page).locator('h1');

async function expectClean(page: Page): Promise<void> {
  expect(await currentSlide(page).locator('.content').innerText()).not.toMatch(SYNTAX);
}

test.use({ viewport: { width: 1280, height: 720 } });

test('a deck written like remark\'s own opens right: templates, content classes, count: false, breaks', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(deckPage('remark/deck.md'));

  // 1: the `layout: true` slide is no slide; the first one takes its classes.
  await expect(counter(page)).toHaveText(`1 / ${COUNT}`);
  await expect(heading(page)).toHaveText('A remark deck');
  await expect(currentSlide(page)).toHaveClass(/(?=.*\bcenter\b)(?=.*\bmiddle\b)(?=.*\binverse\b)/);
  await expect(currentSlide(page).getByText('only for the speaker')).toHaveCount(0);
  await expectClean(page);

  // 2: two columns, an inline class inside, and a `--` increment.
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`2 / ${COUNT}`);
  const left = currentSlide(page).locator('div.left-column');
  const right = currentSlide(page).locator('div.right-column');
  await expect(left.getByRole('heading', { name: 'What is it?' })).toBeVisible();
  await expect(right.locator('li span.red strong')).toHaveText('red');
  const leftBox = await left.boundingBox();
  const rightBox = await right.boundingBox();
  expect(leftBox && rightBox && leftBox.x + leftBox.width <= rightBox.x).toBe(true);
  const footnote = currentSlide(page).locator('.footnote');
  await expect(footnote).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/2\/1$/);
  await expect(footnote).toBeVisible();
  await expect(footnote.locator('span.red.bold')).toHaveText('*');
  // A footnote sits at the slide's foot.
  const foot = await footnote.boundingBox();
  expect(foot && foot.y > 600).toBe(true);
  await page.screenshot({ path: '/tmp/remark-columns.png' });
  await expectClean(page);

  // 3: `class:` after a blank line is read, not shown.
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`3 / ${COUNT}`);
  await expect(heading(page)).toHaveText('Centred after a blank line');
  await expect(currentSlide(page)).toHaveClass(/\bcenter\b.*\bmiddle\b/);
  await expect(currentSlide(page).locator('span.red')).toHaveText('important');
  await expect(currentSlide(page).locator('code')).toHaveText('.red[in code]');

  // 4: count: false shows the number of the counted slide before it.
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('An aside');
  await expect(counter(page)).toHaveText(`3 / ${COUNT}`);
  await expect(currentSlide(page).locator('.header')).toHaveCount(0);
  await expectClean(page);

  // 5 and 6: the header template, its {{ section }} filled in; `<!-- break -->` parts them.
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`4 / ${COUNT}`);
  await expect(heading(page)).toHaveText('First rule');
  await expect(currentSlide(page).locator('.header')).toHaveText('Lectern talk · Basics');
  await expectClean(page);
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`5 / ${COUNT}`);
  await expect(heading(page)).toHaveText('Second rule');
  await expect(currentSlide(page).locator('.header')).toHaveText('Lectern talk · Basics');
  await expect(currentSlide(page).getByText('Write slides in Markdown.')).toHaveCount(0);
  await expectClean(page);

  // 7: template: inverse takes the first template's classes.
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`6 / ${COUNT}`);
  await expect(heading(page)).toHaveText('Questions?');
  await expect(currentSlide(page)).toHaveClass(/\binverse\b/);
  await expect(currentSlide(page).locator('.header')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('digits then Enter go to the slide showing that number; the overview has no template slide', async ({ page }) => {
  await page.goto(deckPage('remark/deck.md'));
  await expect(counter(page)).toHaveText(`1 / ${COUNT}`);
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('First rule');
  await expect(counter(page)).toHaveText(`4 / ${COUNT}`);
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Centred after a blank line');
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'Overview' });
  await expect(overview.locator('button.cell')).toHaveCount(7);
  await expect(overview.getByText(/layout:|\{\{/)).toHaveCount(0);
});

test('a deck indented as a whole, as copied out of a textarea, reads as if it were not', async ({ page }) => {
  await page.goto(deckPage('remark/indented.md'));
  await expect(counter(page)).toHaveText('1 / 2');
  await expect(heading(page)).toHaveText('An indented deck');
  await expect(currentSlide(page)).toHaveClass(/\bcenter\b/);
  await expectClean(page);
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('Second slide');
  await expect(currentSlide(page).locator('pre code')).toHaveText('let answer = 42;');
});

test('print and the presenter view number slides as the audience counter does', async ({ page }) => {
  await page.goto(deckPage('remark/deck.md', '', '&print'));
  const numbers = page.locator('.page .page-number');
  await expect(numbers).toHaveText(['1 / 6', '2 / 6', '3 / 6', '3 / 6', '4 / 6', '5 / 6', '6 / 6']);
  await page.goto(deckPage('remark/deck.md', '#/4', '&presenter'));
  await expect(page.locator('lectern-presenter .position')).toHaveText('3 / 6');
});

test('a footnote on a full slide keeps its own room at the foot, under the rest', async ({ page }) => {
  await page.goto(deckPage('remark/full.md', '#/2'));
  const footnote = currentSlide(page).locator('.footnote');
  await expect(footnote).toHaveText('The footnote keeps its own room.');
  const foot = await footnote.boundingBox();
  const last = await currentSlide(page).getByText('eight', { exact: true }).boundingBox();
  expect(foot && last && foot.y >= last.y + last.height && foot.y + foot.height <= 720).toBe(true);
});

test('a plain deck with brackets, {{ }} and colons in it loses none of its text', async ({ page }) => {
  await page.goto(deckPage('remark/plain.md'));
  await expect(counter(page)).toHaveText('1 / 3');
  await expect(currentSlide(page).locator('pre code')).toContainText('<main>{{ content }}</main>');
  await expect(currentSlide(page).locator('p')).toHaveText('Use items.first[0] or .at[0] (.env[1]) in your own code.');
  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page).locator('p')).toHaveText('Warning: do not do this');
  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page).locator('p')).toHaveText(/^https:\/\/example\.com\s+is our site$/);
  await page.screenshot({ path: '/tmp/fixr-plain.png' });
});

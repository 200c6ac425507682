import { expect, test, type Locator } from '@playwright/test';
import { currentSlide, deckPage, seed } from './helpers';

const DECK = 'math/deck.md';
const MATH_CHUNK = /\/assets\/math-[\w-]+\.js$/;

/** Where a box's middle is, across the slide: 0 is its left edge, 1 its right. */
async function across(box: Locator, slide: Locator): Promise<number> {
  const [b, s] = await Promise.all([box.boundingBox(), slide.boundingBox()]);
  if (!b || !s) throw new Error('not laid out');
  return (b.x + b.width / 2 - s.x) / s.width;
}

test('inline math is MathML at the size of its text; prices and \\$ stay text', async ({ page }) => {
  await page.goto(deckPage(DECK));
  const slide = currentSlide(page);
  const energy = slide.locator('math').first();
  await expect(energy).toBeVisible();
  await expect(energy.locator('mi')).toHaveText(['E', 'm', 'c']);
  await expect(energy.locator('msup mn')).toHaveText('2');
  await expect(energy).not.toHaveAttribute('display', 'block');
  // Underscores and stars are TeX's, not Markdown's: two subscripts and a product, no emphasis.
  await expect(slide.locator('math').nth(1).locator('msub')).toHaveCount(2);
  await expect(slide.locator('math').nth(1).locator('mo')).toHaveText('∗');
  await expect(slide.locator('em')).toHaveCount(0);
  await expect(slide.getByText('It costs $5 and $10 a month, or $15 for both.')).toBeVisible();
  await expect(slide.locator('math')).toHaveCount(2);
  const size = (l: Locator) => l.evaluate((el) => getComputedStyle(el).fontSize);
  expect(await size(energy)).toBe(await size(slide.locator('p').first()));
});

test('a display formula is centred on its own line', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/2'));
  const slide = currentSlide(page);
  const formula = slide.locator('math[display="block"]');
  await expect(formula.locator('mfrac mn')).toHaveText(['1', '3']);
  const row = formula.locator(':scope > mrow');
  expect(await across(row, slide)).toBeCloseTo(0.5, 1);
  // Narrow, so centred is not the same as left-aligned (as the heading is).
  const [rowBox, heading] = await Promise.all([row.boundingBox(), slide.getByRole('heading').boundingBox()]);
  expect(rowBox && heading && rowBox.x - heading.x).toBeGreaterThan(200);
  const [math, after] = await Promise.all([formula.boundingBox(), slide.getByText('Text after the formula.').boundingBox()]);
  expect(math && after && after.y).toBeGreaterThanOrEqual((math?.y ?? 0) + (math?.height ?? 0));
});

test('broken TeX shows its source and the error on the slide; the rest of the slide and the next slide render', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/3'));
  const slide = currentSlide(page);
  const card = slide.getByRole('note');
  await expect(card).toBeVisible();
  await expect(card.locator('code')).toHaveText('\\frac{1}{2');
  await expect(card).toContainText("expected '}'");
  await expect(slide.getByText('Before:')).toBeVisible();
  await expect(slide.locator('math')).toHaveCount(1);
  await expect(slide.locator('math mi')).toHaveText(['y', 'x']);

  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.counter')).toHaveText('4 / 5');
  const next = currentSlide(page);
  await expect(next.locator('math').first().locator('msub mi')).toHaveText(['α']);
  await expect(next.locator('math[display="block"] msqrt')).toBeVisible();
  await expect(next.locator('code')).toHaveText('$not math$');
  await expect(next.getByRole('note')).toHaveCount(0);
});

test('a Landslide \\\\[ … \\\\] matrix keeps its rows, and a sign after a bracket sits close to its operand', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/5'));
  const slide = currentSlide(page);
  const matrix = slide.locator('math[display="block"]');
  await expect(matrix.locator('mtr')).toHaveCount(2);
  // Set in a math font, so the brackets stretch over both rows.
  const [bracket, rows] = await Promise.all([matrix.locator('mo', { hasText: '(' }).boundingBox(), matrix.locator('mtable').boundingBox()]);
  expect(bracket && rows && bracket.height / rows.height).toBeGreaterThan(0.9);
  const odd = slide.locator('math').nth(1);
  await expect(odd).toBeVisible();
  // f(-x): the minus hugs the x, as in TeX, rather than floating as a binary minus would.
  const [minus, x] = await Promise.all([odd.locator('mo', { hasText: '−' }).first().boundingBox(), odd.locator('mi', { hasText: 'x' }).first().boundingBox()]);
  expect(minus && x && x.x - (minus.x + minus.width)).toBeLessThan(3);
});

test('temml is fetched only for a deck with math', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  // The print view renders every slide of the deck.
  await page.goto(seed('', '&print'));
  await expect(page.locator('html')).toHaveAttribute('data-lectern-print', 'ready', { timeout: 60_000 });
  await expect(page.locator('lectern-print .page')).toHaveCount(33);
  await expect(page.locator('lectern-print .page').nth(1)).toContainText('Code Sample');
  expect(fetched.filter((url) => MATH_CHUNK.test(url))).toEqual([]);

  await page.goto(deckPage(DECK));
  await expect(currentSlide(page).locator('math').first()).toBeVisible();
  expect(fetched.filter((url) => MATH_CHUNK.test(url))).toHaveLength(1);
});

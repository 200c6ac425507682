import { expect, test, type Locator, type Page } from '@playwright/test';
import { counter, currentSlide, deckPage, expectSlide, watchErrors } from './helpers';

const COUNT = 12;
const deck = (hash = '') => deckPage('slidev/deck.md', hash);

/** The headings of e2e/fixtures/slidev/deck.md, imported slides included, in the order the audience sees them. */
const TITLES = [
  'Slidev in Lectern',
  'Image on the right',
  'Two columns',
  'A header across',
  'Clicks',
  'Components',
  'Imported one',
  'Imported two',
  '',
  '100%',
  'A statement',
  'Thank you',
];

/** Slidev syntax that must never reach the audience as text. */
const NEVER_SHOWN = ['<v-', 'v-click', 'Youtube', '**', '::right::', '::left::', 'src:', '{{', '}}', 'Tweet', ':count', 'carbon', '@click', 'v-if', 'layout:'];

const content = (page: Page): Locator => currentSlide(page).locator('.content');

/** What the audience can see of a slide's text: the visible elements' text. */
function visibleText(page: Page): Promise<string> {
  return content(page).evaluate((box) => (box as HTMLElement).innerText);
}

async function shownClicks(page: Page): Promise<string[]> {
  const texts: string[] = [];
  for (const text of ['First click', 'Along with the first', 'Second click', 'Third', 'Fourth', 'Gone at the fifth']) {
    if (await content(page).getByText(text, { exact: true }).isVisible()) texts.push(text);
  }
  return texts;
}

test('a Slidev deck shows its slides in order, imports included, and none of its syntax', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(deck());
  for (const [i, title] of TITLES.entries()) {
    await page.goto(deck(`#/${i + 1}`));
    await expect(counter(page)).toHaveText(`${i + 1} / ${COUNT}`);
    if (title) await expect(content(page).getByRole('heading', { level: 1 })).toHaveText(title);
    const text = await visibleText(page);
    for (const syntax of NEVER_SHOWN) expect(text, `slide ${i + 1} shows ${syntax}`).not.toContain(syntax);
    // No Vue tag reached the page as an element either.
    const tags = await content(page).evaluate((box) => [...box.querySelectorAll('*')].map((el) => el.localName).filter((name) => /^(v-|tweet|counter|carbon)/.test(name)));
    expect(tags).toEqual([]);
  }
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('clicks build the slide up one key press at a time, and a hidden click goes at its turn', async ({ page }) => {
  await page.goto(deck('#/5'));
  await expectSlide(page, 5, COUNT);
  const steps = [
    ['Gone at the fifth'],
    ['First click', 'Along with the first', 'Gone at the fifth'],
    ['First click', 'Along with the first', 'Second click', 'Gone at the fifth'],
    ['First click', 'Along with the first', 'Second click', 'Third', 'Gone at the fifth'],
    ['First click', 'Along with the first', 'Second click', 'Third', 'Fourth', 'Gone at the fifth'],
    ['First click', 'Along with the first', 'Second click', 'Third', 'Fourth'],
  ];
  for (const [step, shown] of steps.entries()) {
    if (step > 0) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(step > 0 ? `#/5/${step}$` : '#/5$'));
    await expect.poll(() => shownClicks(page)).toEqual(shown);
  }
  // Markdown inside a <v-click> block renders.
  await expect(content(page).locator('strong')).toHaveText('click');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 6, COUNT);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#\/5\/5$/);
});

test('a self-closing component shows nothing, and the Markdown under it still renders', async ({ page }) => {
  await page.goto(deck('#/6'));
  await expectSlide(page, 6, COUNT);
  await expect(content(page).locator('strong')).toHaveText('Bold under the video');
  await expect(content(page).getByText('Text after the tweet stays')).toBeVisible();
  await expect(content(page).getByText('Conditional text')).toHaveClass('text-red-500');
});

test('image-right puts the image on the right half and the text on the left', async ({ page }) => {
  await page.goto(deck('#/2'));
  await expectSlide(page, 2, COUNT);
  const slide = currentSlide(page);
  const box = await slide.boundingBox();
  const heading = await content(page).getByRole('heading').boundingBox();
  const item = await content(page).getByText('The text keeps the left half').boundingBox();
  if (!box || !heading || !item) throw new Error('the slide is not laid out');
  const half = box.x + box.width / 2;
  expect(heading.x).toBeGreaterThanOrEqual(box.x);
  expect(heading.x + heading.width).toBeLessThanOrEqual(half);
  expect(item.x + item.width).toBeLessThanOrEqual(half);
  const image = await slide.evaluate((host) => {
    const style = getComputedStyle(host, '::before');
    return { left: parseFloat(style.left), width: parseFloat(style.width), url: /url\("?([^")]+)/.exec(style.backgroundImage)?.[1] ?? '' };
  });
  expect(image.left).toBeCloseTo(box.width / 2, 0);
  expect(image.width).toBeCloseTo(box.width / 2, 0);
  expect(image.url).toMatch(/\/fixtures\/slidev\/images\/side\.png$/);
  const loaded = await page.evaluate((url) => fetch(url).then((r) => r.ok && r.headers.get('content-type')?.startsWith('image/')), image.url);
  expect(loaded).toBe(true);
});

test('slot lines make columns: ::right:: the right one, and a two-cols-header head across both', async ({ page }) => {
  await page.goto(deck('#/3'));
  await expectSlide(page, 3, COUNT);
  const left = await content(page).getByText('Left side text').boundingBox();
  const right = await content(page).getByText('Right side text').boundingBox();
  expect(left && right && right.x > left.x + left.width).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 4, COUNT);
  const head = await content(page).locator('.column-head').boundingBox();
  const leftPart = await content(page).getByText('Left part').boundingBox();
  const rightPart = await content(page).getByText('Right part').boundingBox();
  if (!head || !leftPart || !rightPart) throw new Error('the columns are not laid out');
  await expect(content(page).locator('.column-head')).toHaveText(/^A header across\s*Over both columns\s*$/);
  expect(head.y + head.height).toBeLessThanOrEqual(leftPart.y);
  expect(rightPart.x).toBeGreaterThan(leftPart.x + leftPart.width);
  expect(head.width).toBeGreaterThan(rightPart.x - leftPart.x);
});

test('imported slides come in their place, with their images from their own folder; a missing file is a card', async ({ page }) => {
  await page.goto(deck('#/7'));
  await expectSlide(page, 7, COUNT);
  const image = content(page).getByRole('img', { name: 'chart' });
  await expect(image).toHaveAttribute('src', /\/fixtures\/slidev\/parts\/img\/chart\.png$/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // The importing slide's settings over the imported one's: `layout: center` came with the file.
  await expect(currentSlide(page)).toHaveAttribute('layout', 'center');
  await page.keyboard.press('ArrowRight');
  await expect(content(page).getByRole('link', { name: 'Back to the deck' })).toHaveAttribute('href', /\/fixtures\/slidev\/deck\.md$/);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 9, COUNT);
  const card = content(page).getByRole('alert');
  await expect(card).toContainText('Slides not imported: ./parts/missing.md');
  await expect(card).toContainText(/parts\/missing\.md answered HTTP 404/);
});

test('fact, statement and end are big centred lines; the cover is the title slide', async ({ page }) => {
  await page.goto(deck());
  await expect(currentSlide(page)).toHaveAttribute('layout', 'title');
  for (const n of [10, 11, 12]) {
    await page.goto(deck(`#/${n}`));
    await expectSlide(page, n, COUNT);
    await expect(currentSlide(page)).toHaveAttribute('layout', 'section');
    // The heading's middle, from the slide's middle, once the slide is fitted.
    const offCentre = async (): Promise<number> => {
      const slide = await currentSlide(page).boundingBox();
      // The text itself, not the heading's box (a block as wide as the slide whether its text is centred or not).
      const heading = await content(page)
        .getByRole('heading', { level: 1 })
        .evaluate((h1) => {
          const range = document.createRange();
          range.selectNodeContents(h1);
          const { x, width } = range.getBoundingClientRect();
          return { x, width };
        });
      return slide && heading ? Math.abs(heading.x + heading.width / 2 - (slide.x + slide.width / 2)) : Infinity;
    };
    await expect.poll(offCentre).toBeLessThan(8);
  }
});

test('a Landslide talk in several files opens through a small index deck', async ({ page }) => {
  await page.goto(deckPage('slidev/landslide/index.md'));
  await expectSlide(page, 1, 5);
  await expect(content(page).getByRole('heading')).toHaveText('Shell basics');
  await page.keyboard.press('ArrowRight');
  const image = content(page).getByRole('img', { name: 'A shell session' });
  await expect(image).toHaveAttribute('src', /\/fixtures\/slidev\/landslide\/talk\/img\/shell\.png$/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.keyboard.press('ArrowRight');
  await expect(content(page).getByRole('heading')).toHaveText('What we will see');
  await page.keyboard.press('ArrowRight');
  await expect(content(page).locator('pre')).toHaveText('ls -la img/');
  expect(await visibleText(page)).not.toContain('!bash');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 5, 5);
  await expect(content(page).locator('pre')).toHaveText('ls | wc -l');
});

test('a deck not written for Slidev keeps its {{ }} text and math, and a src: line in prose stays text', async ({ page }) => {
  const errors = watchErrors(page);
  const csv: string[] = [];
  page.on('request', (request) => void (request.url().endsWith('.csv') && csv.push(request.url())));
  await page.goto(deckPage('slidev-free/deck.md'));
  const slide = currentSlide(page);
  // x to the power n over a fraction a over b: nothing of either formula is lost.
  await expect(slide.locator('math')).toHaveCount(2);
  await expect(slide.locator('math').first().locator('msup')).toHaveText('xn');
  await expect(slide.locator('math').nth(1).locator('mfrac')).toHaveText('ab');
  await expect(slide).toContainText('In Jinja write {{ user.name }} to greet the user.');
  await expect(slide.locator('pre code')).toHaveText('{{ msg }}');
  await page.screenshot({ path: '/tmp/fixs-free.png' });
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText('3 / 3');
  await expect(currentSlide(page)).toHaveText('src: data/survey.csv');
  expect(csv).toEqual([]);
  expect(errors).toEqual([]);
});

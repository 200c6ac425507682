import { expect, test, type Locator, type Page } from '@playwright/test';
import { counter, currentSlide, deckPage, watchErrors } from './helpers';

const DECK = 'steps/deck.md';
const COUNT = 6;

/** What each slide of the fixture shows at each of its steps, in the order the texts appear on it. */
const WALK: { title: string; texts: string[]; shown: number[] }[] = [
  { title: 'Steps fixture', texts: ['Nothing builds up here.'], shown: [1] },
  { title: "Lectern's own", texts: ['First line', 'Second line', 'Third line'], shown: [1, 2, 3] },
  { title: 'remark increments', texts: ['one', 'two', 'three'], shown: [1, 2, 3] },
  { title: 'A built list', texts: ['alpha', 'beta', 'gamma'], shown: [0, 1, 2, 3] },
  // data-fragment-index orders them: "Sooner" (index 1) before "Later" (index 2).
  { title: 'reveal.js fragments', texts: ['Always here', 'Sooner paragraph', 'Later paragraph'], shown: [1, 2, 3] },
  { title: 'After the steps', texts: ['Nothing builds up here either.'], shown: [1] },
];

const text = (page: Page, words: string): Locator => currentSlide(page).getByText(words, { exact: true });

/** The slide's texts: the first `visible` of them shown, the rest hidden (yet laid out). */
async function expectShown(page: Page, texts: string[], visible: number): Promise<void> {
  for (const [i, words] of texts.entries()) {
    if (i < visible) await expect(text(page, words)).toBeVisible();
    else await expect(text(page, words)).toBeHidden();
  }
}

async function expectAt(page: Page, slide: number, step: number): Promise<void> {
  await expect(counter(page)).toHaveText(`${slide} / ${COUNT}`);
  await expect(page).toHaveURL(new RegExp(step > 0 ? `#/${slide}/${step}$` : `#/${slide}$`));
}

test('Next walks every step of every syntax before the next slide; the hash names the step', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(deckPage(DECK));
  for (const [i, { title, texts, shown }] of WALK.entries()) {
    for (const [step, visible] of shown.entries()) {
      if (i > 0 || step > 0) await page.keyboard.press('ArrowRight');
      await expectAt(page, i + 1, step);
      await expect(currentSlide(page).getByRole('heading', { name: title })).toBeVisible();
      await expectShown(page, texts, visible);
    }
  }
  // Code keeps its markers as text: they are not steps.
  await expect(currentSlide(page).locator('code')).toContainText('<!-- step -->');
  expect(errors).toEqual([]);
});

test('Previous steps back, and from the next slide lands on the last step, everything shown', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/4'));
  await expectAt(page, 4, 0);
  await expectShown(page, WALK[3]?.texts ?? [], 0);
  await page.keyboard.press('ArrowLeft');
  await expectAt(page, 3, 2);
  await expectShown(page, WALK[2]?.texts ?? [], 3);
  await page.keyboard.press('ArrowLeft');
  await expectAt(page, 3, 1);
  await expectShown(page, WALK[2]?.texts ?? [], 2);
});

test('every other way to a slide shows its step 0: Home, End, digits and Enter', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/3/2'));
  await expectAt(page, 3, 2);
  await expectShown(page, WALK[2]?.texts ?? [], 3);
  await page.keyboard.press('End');
  await expectAt(page, 6, 0);
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expectAt(page, 2, 0);
  await expectShown(page, WALK[1]?.texts ?? [], 1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Home');
  await expectAt(page, 1, 0);
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expectAt(page, 3, 0);
});

test('a hash naming a step opens the slide at that step; editing it moves there; a step past the last is the last', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/5/1'));
  await expectAt(page, 5, 1);
  await expectShown(page, WALK[4]?.texts ?? [], 2);
  await page.evaluate(() => (location.hash = '#/2/2'));
  await expectAt(page, 2, 2);
  await expectShown(page, WALK[1]?.texts ?? [], 3);
  await page.evaluate(() => (location.hash = '#/4/99'));
  await expectAt(page, 4, 3);
  await expectShown(page, WALK[3]?.texts ?? [], 3);
});

test('hidden steps hold their place: nothing on the slide moves as they appear', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/2'));
  const third = text(page, 'Third line');
  await expect(third).toBeHidden();
  const before = await third.boundingBox();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(third).toBeVisible();
  expect(await third.boundingBox()).toEqual(before);
});

test('a marker a deck writes by hand, past the slide\'s steps, hides nothing', async ({ page }) => {
  await page.goto(deckPage(DECK, `#/${COUNT}`));
  await expect(text(page, 'Still shown after it')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expectAt(page, COUNT, 0);
});

test('notes shown on the slide (key 2) are not part of its build: they show at step 0', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/2'));
  await expect(text(page, 'Third line')).toBeHidden();
  await page.keyboard.press('2');
  await expect(currentSlide(page).getByText('Say the third line slowly')).toBeVisible();
  await expect(text(page, 'Third line')).toBeHidden();
});

test('a step fades in, and appears at once when the speaker prefers reduced motion', async ({ page }) => {
  const fade = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).transitionDuration);
  await page.goto(deckPage(DECK, '#/2/1'));
  await expect(text(page, 'Second line')).toBeVisible();
  expect(await fade(text(page, 'Second line'))).not.toBe('0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await fade(text(page, 'Second line'))).toBe('0s');
});

test('an incremental deck builds every list; a Marp deck builds its * lists only', async ({ page }) => {
  await page.goto(deckPage('steps/incremental.md'));
  await expect(text(page, 'Text that is always there.')).toBeVisible();
  await expectShown(page, ['first', 'second'], 0);
  await page.keyboard.press('ArrowRight');
  await expectShown(page, ['first', 'second'], 1);
  await page.keyboard.press('ArrowRight');
  await expectShown(page, ['first', 'second'], 2);
  await expect(page).toHaveURL(/#\/1\/2$/);
  // The last step of the last slide: Next keeps everything shown (two frames: the press has been painted).
  await page.keyboard.press('ArrowRight');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(page).toHaveURL(/#\/1\/2$/);
  await expectShown(page, ['first', 'second'], 2);

  await page.goto(deckPage('steps/marp.md'));
  await expect(text(page, 'dash stays')).toBeVisible();
  await expect(text(page, 'dash stays too')).toBeVisible();
  await expectShown(page, ['star one', 'star two'], 0);
  await page.keyboard.press('ArrowRight');
  await expectShown(page, ['star one', 'star two'], 1);
});

test('the presenter view shows the step, the slide at it and the next step; audience and presenter stay in step', async ({ context }) => {
  const audience = await context.newPage();
  await audience.goto(deckPage(DECK, '#/2'));
  const presenter = await context.newPage();
  await presenter.goto(deckPage(DECK, '', '&presenter'));
  const current = presenter.getByRole('region', { name: 'Current slide' });
  const next = presenter.getByRole('region', { name: 'Next slide' });
  await expect(presenter.locator('lectern-presenter .step')).toHaveText('step 0 of 2');
  await expect(current.getByText('Second line', { exact: true })).toBeHidden();
  await expect(next.getByRole('heading', { name: 'Next: step 1' })).toBeVisible();
  await expect(next.getByText('Second line', { exact: true })).toBeVisible();
  await expect(next.getByText('Third line', { exact: true })).toBeHidden();

  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.locator('lectern-presenter .step')).toHaveText('step 1 of 2');
  await expect(current.getByText('Second line', { exact: true })).toBeVisible();
  await expectAt(audience, 2, 1);
  await expectShown(audience, WALK[1]?.texts ?? [], 2);

  await audience.keyboard.press('ArrowRight');
  await expect(presenter.locator('lectern-presenter .step')).toHaveText('step 2 of 2');
  // The last step: the next press brings the next slide, as it opens.
  await expect(next.getByRole('heading', { name: 'Next', exact: true })).toBeVisible();
  await expect(next.getByRole('heading', { name: 'remark increments' })).toBeVisible();
  await expect(next.getByText('two', { exact: true })).toBeHidden();

  await audience.keyboard.press('ArrowRight');
  await expect(presenter.locator('lectern-presenter .position')).toHaveText(`3 / ${COUNT}`);
  await expect(presenter.locator('lectern-presenter .step')).toHaveText('step 0 of 2');
});

test('s in the middle of a build opens the presenter view at that step, and the audience stays on it', async ({ context, page }) => {
  await page.goto(deckPage(DECK, '#/2/1'));
  await expectAt(page, 2, 1);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(presenter.locator('lectern-presenter .step')).toHaveText('step 1 of 2');
  await expect(presenter).toHaveURL(/#\/2\/1$/);
  await expectAt(page, 2, 1);
  await expectShown(page, WALK[1]?.texts ?? [], 2);
});

test('the overview shows each slide built up whole, and a choice there opens it at step 0', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/1'));
  await expectAt(page, 1, 0);
  await page.keyboard.press('o');
  const cell = page.getByRole('dialog', { name: 'Overview' }).getByRole('button', { name: /^Slide 3:/ });
  for (const words of WALK[2]?.texts ?? []) await expect(cell.getByText(words, { exact: true })).toBeVisible();
  await cell.click();
  await expectAt(page, 3, 0);
  await expectShown(page, WALK[2]?.texts ?? [], 1);
});

test('print shows each slide whole; &steps prints a page for each step', async ({ page }) => {
  await page.goto(deckPage(DECK, '', '&print'));
  await expect(page.locator('html')).toHaveAttribute('data-lectern-print', 'ready');
  const pages = page.locator('lectern-print .page');
  await expect(pages).toHaveCount(COUNT);
  for (const words of WALK[1]?.texts ?? []) await expect(pages.nth(1).getByText(words, { exact: true })).toBeVisible();

  // How far the layout is, as `npm run export` shows it: counted in slides, never past the last.
  await page.addInitScript(() => {
    const seen: number[][] = [];
    Object.assign(window, { progress: seen });
    document.addEventListener('lectern-print-progress', (event) => {
      const { done, total } = event as Event & { done: number; total: number };
      seen.push([done, total]);
    });
  });
  await page.goto(deckPage(DECK, '', '&print&steps'));
  await expect(page.locator('html')).toHaveAttribute('data-lectern-print', 'ready');
  const progress = await page.evaluate(() => (window as unknown as { progress: number[][] }).progress);
  expect(progress.at(-1)).toEqual([COUNT, COUNT]);
  expect(progress.every(([done, total]) => total === COUNT && (done ?? 0) <= COUNT)).toBe(true);
  const total = WALK.reduce((sum, slide) => sum + slide.shown.length, 0);
  await expect(pages).toHaveCount(total);
  // Slide 2's pages: step 0, 1 and 2, each showing one more line.
  for (const step of [0, 1, 2]) {
    const sheet = page.getByRole('region', { name: `Slide 2 of ${COUNT}, step ${step} of 2` });
    await expect(sheet.locator('.page-number')).toHaveText(`2 / ${COUNT} · step ${step} of 2`);
    for (const [i, words] of (WALK[1]?.texts ?? []).entries()) {
      if (i <= step) await expect(sheet.getByText(words, { exact: true })).toBeVisible();
      else await expect(sheet.getByText(words, { exact: true })).toBeHidden();
    }
  }
});

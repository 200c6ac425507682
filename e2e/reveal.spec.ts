import { expect, test, type Page } from '@playwright/test';
import { counter, currentSlide, deckPage, watchErrors } from './helpers';

const DECK = 'reveal/deck.md';
const COUNT = 5;

test.use({ viewport: { width: 1280, height: 720 } });

const text = (page: Page, words: string) => currentSlide(page).getByText(words, { exact: true });

/** Records each Web Animation started on the page, with what it animates, so a test can see a transition that lasts a quarter of a second. */
async function recordAnimations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const started: Animation[] = [];
    Object.assign(window, { lecternAnimations: started });
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
      const animation = animate.apply(this, args);
      started.push(animation);
      return animation;
    };
  });
}

/** The animations started so far: the aria-label of the slide each moves, and its state. */
const animations = (page: Page) =>
  page.evaluate(() =>
    ((window as unknown as { lecternAnimations: Animation[] }).lecternAnimations ?? []).map((animation) => ({
      slide: (animation.effect as KeyframeEffect | null)?.target?.getAttribute('aria-label') ?? '',
      state: animation.playState,
    })),
  );

test('.element: attributes land on the element before the comment, sanitized; no comment text shows', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(deckPage(DECK, '#/2'));
  await expect(counter(page)).toHaveText(`2 / ${COUNT}`);
  await expect(text(page, 'A paragraph in red')).toHaveCSS('color', 'rgb(200, 0, 0)');
  // reveal.js's rule: the nearest element before the comment in its paragraph, here the emphasis.
  const highlight = currentSlide(page).locator('em', { hasText: 'highlight' });
  await expect(highlight).toHaveClass('marked');
  await expect(highlight).toHaveAttribute('data-id', 'hi');
  await expect(currentSlide(page).locator('p', { hasText: 'Stays plain' })).not.toHaveClass('marked');
  // After a list: its last item.
  await expect(text(page, 'Last point')).toHaveCSS('font-weight', '700');
  await expect(text(page, 'First point')).toHaveCSS('font-weight', '400');
  // A style that would fetch keeps the rest of its declarations; handlers never arrive.
  const unsafe = text(page, 'No fetching from here');
  await expect(unsafe).toHaveCSS('color', 'rgb(0, 0, 200)');
  await expect(unsafe).toHaveCSS('background-image', 'none');
  await expect(unsafe).not.toHaveAttribute('onclick');
  const shown = await currentSlide(page).locator('.content').innerText();
  expect(shown).not.toMatch(/\.element|\.slide|data-transition|-->/);
  // Sanitizing an `on…` attribute makes the browser report the policy's block (raw HTML does the same); nothing else may go wrong.
  expect(errors.filter((error) => !error.includes('Content Security Policy'))).toEqual([]);
});

test('fragment styles change at their steps, in data-fragment-index order', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/3'));
  await expect(counter(page)).toHaveText(`3 / ${COUNT}`);
  const red = 'rgb(224, 40, 46)';
  // Step 0: what fades out or changes is there; what fades in is not.
  await expect(text(page, 'Goes away')).toBeVisible();
  await expect(text(page, 'Turns red')).not.toHaveCSS('color', red);
  await expect(text(page, 'Comes up')).toBeHidden();
  await expect(text(page, 'Only now')).toBeHidden();
  await expect(text(page, 'Struck')).toBeVisible();
  await expect(text(page, 'Struck')).not.toHaveCSS('text-decoration-line', 'line-through');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/3\/1$/);
  await expect(text(page, 'Goes away')).toBeHidden();
  await expect(text(page, 'Turns red')).toHaveCSS('color', red);
  await expect(text(page, 'Comes up')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(text(page, 'Comes up')).toBeVisible();
  await expect(text(page, 'Comes up')).toHaveCSS('transform', 'none');
  await expect(text(page, 'Only now')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/3\/3$/);
  // current-visible: only while its step is the current one.
  await expect(text(page, 'Only now')).toBeHidden();
  await expect(text(page, 'Struck')).toHaveCSS('text-decoration-line', 'line-through');
  await expect(text(page, 'Turns red')).toHaveCSS('color', red);
  // Back a step: the state of step 2 again.
  await page.keyboard.press('ArrowLeft');
  await expect(text(page, 'Only now')).toBeVisible();
  await expect(text(page, 'Struck')).not.toHaveCSS('text-decoration-line', 'line-through');
});

test('r-stretch: the image takes the height the rest of the slide leaves', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/4'));
  const image = currentSlide(page).getByRole('img', { name: 'A chart' });
  await expect(image).toBeVisible();
  await expect(text(page, 'A caption under it.')).toBeVisible();
  const slide = await currentSlide(page).boundingBox();
  const picture = await image.boundingBox();
  const caption = await text(page, 'A caption under it.').boundingBox();
  if (!slide || !picture || !caption) throw new Error('not laid out');
  // The fixture's image is 270 px tall; stretched, it fills what the heading and caption leave of the 720 px slide.
  expect(picture.height).toBeGreaterThan(slide.height * 0.55);
  expect(caption.y + caption.height).toBeLessThanOrEqual(slide.y + slide.height);
  expect(caption.y).toBeGreaterThanOrEqual(picture.y + picture.height - 1);
});

test('r-stretch on a raw HTML image, in a deck with no .element comment', async ({ page }) => {
  await page.goto(deckPage('reveal/stretch.md'));
  const image = currentSlide(page).getByRole('img', { name: 'Raw chart' });
  await expect(image).toBeVisible();
  await expect.poll(async () => (await image.boundingBox())?.height ?? 0).toBeGreaterThan(720 * 0.55);
  await expect(currentSlide(page).getByText('Its caption.')).toBeInViewport();
});

test('a slide with a transition animates when the talk arrives at it, briefly', async ({ page }) => {
  await recordAnimations(page);
  await page.goto(deckPage(DECK));
  await expect(counter(page)).toHaveText(`1 / ${COUNT}`);
  expect(await animations(page)).toEqual([]);
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`2 / ${COUNT}`);
  await expect.poll(() => animations(page)).toEqual([{ slide: `2 of ${COUNT}`, state: expect.stringMatching(/running|finished/) }]);
  const timing = await currentSlide(page).evaluate((el) => el.getAnimations().map((a) => a.effect?.getTiming().duration));
  expect(timing.every((duration) => typeof duration === 'number' && duration <= 300)).toBe(true);
  // data-transition="none" on the last slide: no animation.
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText(`5 / ${COUNT}`);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`5 / ${COUNT}`);
  expect((await animations(page)).filter((a) => a.slide === `5 of ${COUNT}`)).toEqual([]);
  // The overview's thumbnails never animate.
  const before = (await animations(page)).length;
  await page.keyboard.press('o');
  await expect(page.getByRole('dialog', { name: 'Overview' })).toBeVisible();
  expect((await animations(page)).length).toBe(before);
});

test('no transition when the system asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await recordAnimations(page);
  await page.goto(deckPage(DECK));
  await expect(counter(page)).toHaveText(`1 / ${COUNT}`);
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`2 / ${COUNT}`);
  await expect(text(page, 'A paragraph in red')).toBeVisible();
  expect(await animations(page)).toEqual([]);
  expect(await currentSlide(page).evaluate((el) => el.getAnimations().length)).toBe(0);
});

test('Slidev: the headmatter transition is the deck default; a press during a transition shows the next slide at once', async ({ page }) => {
  await recordAnimations(page);
  await page.goto(deckPage('reveal/slidev.md'));
  await expect(counter(page)).toHaveText('1 / 4');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('2 / 4');
  await expect.poll(async () => (await animations(page)).map((a) => a.slide)).toEqual(['2 of 4']);
  // Hold the fade where it is, so that the next press surely comes during it.
  await page.evaluate(() => (window as unknown as { lecternAnimations: Animation[] }).lecternAnimations[0]?.pause());
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('3 / 4');
  await expect(currentSlide(page).getByRole('heading', { name: 'Third' })).toBeVisible();
  // Shown whole at once: the interrupted fade is over, and the new slide has none of its own.
  expect(await animations(page)).toEqual([{ slide: '2 of 4', state: 'finished' }]);
  await expect(currentSlide(page)).toHaveCSS('opacity', '1');
  expect(await currentSlide(page).evaluate((el) => el.getAnimations().length)).toBe(0);
  // Later presses animate again: slide-up for the third's own setting, then the deck's fade.
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText('2 / 4');
  await expect.poll(async () => (await animations(page)).length).toBe(2);
});

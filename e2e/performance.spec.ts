import { expect, test, type Page } from '@playwright/test';
import { counter, currentSlide, deckPage, expectSlide, seed } from './helpers';

// Not timed (the benchmark, npm run bench, measures speed): these check the work a
// key press does and does not cause, and what the first screen does not fetch.

/**
 * Records the headings of the slides the page sends to its render worker, so a
 * test sees which slides were rendered, and how often.
 */
async function watchRenders(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const sent: string[] = [];
    Object.assign(window, { lecternRendered: sent });
    const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
    Object.assign(Worker.prototype, {
      postMessage(this: Worker, message: unknown, ...rest: unknown[]) {
        const markdown = (message as { markdown?: unknown } | null)?.markdown;
        if (typeof markdown === 'string') sent.push(markdown.split('\n')[0] ?? '');
        post.call(this, message, ...rest);
      },
    });
  });
  return () => page.evaluate(() => [...(window as unknown as { lecternRendered: string[] }).lecternRendered]);
}

/** The overview's own code, fetched the first time it opens. */
const OVERVIEW_CODE = /\/lectern-overview-[^/]*\.js$/;

/** Holds the overview's code back, as a slow network would, until the function returned is called. */
async function holdOverviewCode(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(OVERVIEW_CODE, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const heading = (page: Page) => currentSlide(page).getByRole('heading', { level: 1 });

test('a slide already rendered is never rendered again when the speaker comes back to it', async ({ page }) => {
  const rendered = await watchRenders(page);
  await page.goto(deckPage('generated/200.md', '#/50'));
  let at = 50;
  for (const n of [50, 51, 52, 53, 52, 51, 50, 49, 48, 49, 50, 51]) {
    if (n !== at) await page.keyboard.press(n > at ? 'ArrowRight' : 'ArrowLeft');
    at = n;
    await expect(heading(page)).toHaveText(`Slide ${n}`);
    // A speaker's pace: the slides on both sides are rendered before the next press.
    for (const side of [n - 1, n + 1]) await expect.poll(async () => (await rendered()).includes(`# Slide ${side}`)).toBe(true);
  }
  const headings = await rendered();
  expect(headings.filter((h, i) => headings.indexOf(h) !== i), 'slides rendered twice').toEqual([]);
});

test('a burst of key presses lands on its slide without rendering the slides it passes', async ({ page }) => {
  const rendered = await watchRenders(page);
  const numbers = async () => (await rendered()).map((h) => Number(h.replace('# Slide ', '')));
  await page.clock.install();
  await page.goto(deckPage('generated/2000.md', '#/1000'));
  await expect(heading(page)).toHaveText('Slide 1000');
  // Once the page is idle, the slides just ahead are rendered too, up to 1021.
  await expect.poll(async () => (await numbers()).includes(1021)).toBe(true);
  // The page's clock stands still during the burst, so however busy the test machine,
  // the presses are as close together as a key held down.
  await page.clock.pauseAt(Date.now() + 60_000);
  const before = await numbers();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('1040 / 2000');
  expect(await numbers(), 'nothing rendered during the burst').toEqual(before);
  await page.clock.runFor(2000);
  await page.clock.resume();
  await expect(heading(page)).toHaveText('Slide 1040');
  await expect.poll(async () => (await numbers()).includes(1041)).toBe(true);
  const passed = (await numbers()).filter((n) => n > 1021 && n < 1034);
  expect(passed, 'slides the burst passed (the five before its end are kept ready for going back)').toEqual([]);
});

test('walking through a deck leaves nothing behind in the page', async ({ page }) => {
  await page.goto(deckPage('generated/200.md', '#/10'));
  await expect(heading(page)).toHaveText('Slide 10');
  // Every node of the audience view, slides' own content left out: what a walk must not grow.
  const frame = () =>
    page.locator('lectern-audience').evaluate((audience) => {
      let nodes = 0;
      const walker = document.createTreeWalker(audience.shadowRoot as ShadowRoot);
      while (walker.nextNode()) nodes++;
      return { nodes, slides: audience.shadowRoot?.querySelectorAll('lectern-slide').length };
    });
  const before = await frame();
  for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('Slide 70');
  expect(await frame()).toEqual(before);
});

test('the first screen fetches no code for the presenter view, the overview, the contents or the help', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
  });
  const onDemand = () => scripts.filter((path) => /\/lectern-(presenter|overview|toc|help)-/.test(path)).map((path) => path.replace(/^.*\/(lectern-[a-z]+)-.*$/, '$1'));
  await page.goto(seed('#/2'));
  await expectSlide(page, 2);
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'b', 'b', '2', '2']) await page.keyboard.press(key);
  await expectSlide(page, 3);
  expect(onDemand()).toEqual([]);
  await page.keyboard.press('o');
  await expect(page.getByRole('dialog', { name: 'Overview' })).toBeVisible();
  expect(onDemand()).toEqual(['lectern-overview']);
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(onDemand()).toEqual(['lectern-overview', 'lectern-help']);
});

test('the offline copy and the theme code come only once the first slide shows: they are not part of the first load', async ({ page }) => {
  const shownWhenAsked: string[] = [];
  await page.route(/\/(keep-offline|themes)-[^/]*\.js$/, async (route) => {
    const name = /\/(keep-offline|themes)-/.exec(route.request().url())?.[1] ?? '';
    shownWhenAsked.push(`${name}: ${(await heading(page).isVisible()) ? 'after' : 'before'} the first slide`);
    await route.continue();
  });
  // The render worker is held until the deck is in the page: anything asked for with the deck comes before the slide.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/render-worker-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(seed());
  await expect(page.locator('lectern-audience')).toBeAttached();
  release();
  await expect(heading(page)).toBeVisible();
  await expect.poll(() => shownWhenAsked.sort()).toEqual(['keep-offline: after the first slide', 'themes: after the first slide']);
});

test('keys pressed while the overview is still on its way go to it, never to the deck behind', async ({ page }) => {
  const release = await holdOverviewCode(page);
  await page.goto(seed('#/4'));
  await expectSlide(page, 4);
  await page.keyboard.press('o');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 4);
  release();
  const overview = page.getByRole('dialog', { name: 'Overview' });
  await expect(overview.getByRole('button', { name: /^Slide 6:/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(overview).toHaveCount(0);
  await expectSlide(page, 6);
});

test('an overview closed before it arrived stays closed, and the keys after that move the deck', async ({ page }) => {
  const release = await holdOverviewCode(page);
  await page.goto(seed('#/4'));
  await expectSlide(page, 4);
  for (const key of ['o', 'ArrowRight', 'Escape', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
  await expectSlide(page, 4);
  release();
  await expectSlide(page, 6);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('an overlay whose code cannot be fetched (the network is gone) says so, and the deck goes on', async ({ page }) => {
  await page.route(OVERVIEW_CODE, (route) => route.abort('internetdisconnected'));
  await page.goto(seed('#/4'));
  await expectSlide(page, 4);
  await page.keyboard.press('o');
  await expect(page.getByRole('alert')).toHaveText(/could not load the overview: check the connection/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectSlide(page, 5);
});

test('the images of the next slide have arrived before the speaker moves to it', async ({ page }) => {
  await page.goto(seed('#/6'));
  await expectSlide(page, 6);
  const next = page.locator('lectern-slide[aria-label="7 of 33"]');
  await expect(next.locator('img')).toHaveCount(1);
  await expect.poll(() => next.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 7);
  await expect(currentSlide(page).getByRole('img', { name: 'UnionFS' })).toBeVisible();
});

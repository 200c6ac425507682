import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contrastRatio } from '../src/themes/contrast';
import { THEMES } from '../src/themes/theme-names';
import { currentSlide, deckPage, SITE, watchErrors } from './helpers';

const DECK = 'themes/deck.md';
const SLIDES = 4;

const theme = (page: Page) => page.locator('html');
/** The audience canvas's colour: the slide's background. */
const slideBackground = (page: Page) =>
  page.locator('lectern-stage .canvas').first().evaluate((el) => getComputedStyle(el).backgroundColor);

/** Opens the fixture deck in a theme, on slide n, once that theme is on screen. */
async function open(page: Page, name: string, n = 1): Promise<void> {
  await page.goto(deckPage(DECK, `#/${n}`, `&theme=${name}`));
  await expect(theme(page)).toHaveAttribute('data-lectern-theme', name);
  await expect(currentSlide(page).locator('.content > *').first()).toBeVisible();
}

/** Elements of the shown slide whose box reaches outside the slide's canvas, by more than a rounding pixel. */
const outsideCanvas = (page: Page) =>
  currentSlide(page).evaluate((slide) => {
    const canvas = slide.getBoundingClientRect();
    return [...(slide.shadowRoot?.querySelectorAll('.content *') ?? [])]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.left < canvas.left - 1 || box.top < canvas.top - 1 || box.right > canvas.right + 1 || box.bottom > canvas.bottom + 1;
      })
      .map((el) => `${el.localName}.${el.className}: ${el.textContent?.slice(0, 30) ?? ''}`);
  });

for (const name of THEMES) {
  test(`${name} theme: every slide of the fixture deck lies inside its canvas (screenshots attached)`, async ({ page }, testInfo) => {
    await open(page, name);
    for (let n = 1; n <= SLIDES; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expect(page.locator('.counter')).toHaveText(`${n} / ${SLIDES}`);
      await expect(currentSlide(page).locator('.content > *').first()).toBeVisible();
      expect(await outsideCanvas(page), `slide ${n}`).toEqual([]);
      await testInfo.attach(`${name}-slide-${n}.png`, { body: await page.screenshot(), contentType: 'image/png' });
    }
  });

  test(`${name} theme: axe finds nothing serious on the words and code slides`, async ({ page }) => {
    for (const n of [2, 3]) {
      await open(page, name, n);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious, `slide ${n}`).toEqual([]);
    }
  });

  test(`${name} theme: every code colour has AA contrast (${name === 'high-contrast' ? '7' : '4.5'}:1) on the code background`, async ({ page }) => {
    await open(page, name, 3);
    const pairs = await currentSlide(page).evaluate((slide) =>
      [...(slide.shadowRoot?.querySelectorAll('pre') ?? [])].flatMap((pre) => {
        const background = getComputedStyle(pre).backgroundColor;
        const tokens = [pre, ...pre.querySelectorAll('.token')];
        return tokens.map((el) => ({ what: el.className || 'plain code', color: getComputedStyle(el).color, background }));
      }),
    );
    // Not a vacuous pass: the three blocks are highlighted, in many colours.
    expect(new Set(pairs.map((p) => p.color)).size).toBeGreaterThanOrEqual(8);
    const least = name === 'high-contrast' ? 7 : 4.5;
    const poor = pairs
      .map((p) => ({ ...p, ratio: contrastRatio(p.color, p.background) }))
      .filter((p) => !(p.ratio >= least))
      .map((p) => `${p.what} ${p.color} on ${p.background}: ${p.ratio.toFixed(2)}`);
    expect([...new Set(poor)]).toEqual([]);
  });
}

test('light is the default and keeps the original colours', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/2'));
  await expect(theme(page)).toHaveAttribute('data-lectern-theme', 'light');
  expect(await slideBackground(page)).toBe('rgb(255, 255, 255)');
  await expect(currentSlide(page).locator('h2')).toHaveCSS('color', 'rgb(13, 27, 42)');
  await expect(currentSlide(page).locator('blockquote')).toHaveCSS('color', 'rgb(60, 69, 87)');
});

test('the theme key cycles light, dark, high contrast; the help lists it; a reload keeps the choice', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/2'));
  await expect(currentSlide(page).locator('h2')).toBeVisible();
  const seen = [];
  for (const next of ['dark', 'high-contrast', 'light', 'dark']) {
    await page.keyboard.press('d');
    await expect(theme(page)).toHaveAttribute('data-lectern-theme', next);
    seen.push(await slideBackground(page));
  }
  expect(seen).toEqual(['rgb(21, 24, 30)', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'rgb(21, 24, 30)']);
  await page.reload();
  await expect(theme(page)).toHaveAttribute('data-lectern-theme', 'dark');
  expect(await slideBackground(page)).toBe('rgb(21, 24, 30)');
  await page.keyboard.press('?');
  const row = page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('row', { name: /Theme: light, dark, high contrast/ });
  await expect(row.locator('kbd')).toHaveText('d');
});

test('a theme chosen in the presenter window follows into the audience window', async ({ page, context }) => {
  await page.goto(deckPage(DECK, '#/2'));
  await expect(currentSlide(page).locator('h2')).toBeVisible();
  const presenter = await context.newPage();
  await presenter.goto(deckPage(DECK, '#/2', '&presenter'));
  await expect(presenter.locator('lectern-presenter')).toBeVisible();
  await presenter.keyboard.press('d');
  await expect(presenter.locator('html')).toHaveAttribute('data-lectern-theme', 'dark');
  await expect(theme(page)).toHaveAttribute('data-lectern-theme', 'dark');
  await expect.poll(() => slideBackground(page)).toBe('rgb(21, 24, 30)');
});

test('a window opened after the theme was chosen with the key starts in that theme', async ({ page, context }) => {
  await page.goto(deckPage(DECK, '#/2'));
  await expect(currentSlide(page).locator('h2')).toBeVisible();
  await page.keyboard.press('d');
  await page.keyboard.press('d');
  await expect(theme(page)).toHaveAttribute('data-lectern-theme', 'high-contrast');
  // A new tab has its own session: only the talk's other windows can tell it.
  const second = await context.newPage();
  await second.goto(deckPage(DECK, '#/2'));
  await expect(second.locator('html')).toHaveAttribute('data-lectern-theme', 'high-contrast');
  await expect.poll(() => slideBackground(second)).toBe('rgb(0, 0, 0)');
});

test('front matter theme: dark picks the dark theme, and ?theme= overrides it', async ({ page }) => {
  await page.goto(deckPage('themes/dark.md'));
  await expect(theme(page)).toHaveAttribute('data-lectern-theme', 'dark');
  await expect(currentSlide(page).locator('h1')).toHaveCSS('color', 'rgb(245, 247, 250)');
  await page.goto(deckPage('themes/dark.md', '', '&theme=high-contrast'));
  await expect(theme(page)).toHaveAttribute('data-lectern-theme', 'high-contrast');
  await expect.poll(() => slideBackground(page)).toBe('rgb(0, 0, 0)');
});

test("a deck's css: stylesheet styles its slides and the page, after the built-in theme", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(deckPage('themes/styled.md', '', '&theme=dark'));
  await expect(theme(page)).toHaveAttribute('data-lectern-theme', 'dark');
  await expect(currentSlide(page).locator('h1')).toHaveCSS('color', 'rgb(120, 20, 60)');
  // The deck's custom property wins over the dark theme's: it is loaded after it.
  await expect.poll(() => slideBackground(page)).toBe('rgb(255, 250, 235)');
  expect(errors).toEqual([]);
});

test("a deck from another site gets no stylesheet: its css: is not even fetched", async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.css')) asked.push(request.url());
  });
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`./?src=${encodeURIComponent(`${SITE}/themes/styled.md`)}`);
  await expect(currentSlide(page).locator('h1')).toHaveText('Styled by the deck');
  await expect.poll(() => warnings.join('\n')).toContain("the deck's stylesheet is not loaded");
  await expect(currentSlide(page).locator('h1')).toHaveCSS('color', 'rgb(13, 27, 42)');
  expect(asked).toEqual([]);
});

test('slides use the bundled fonts once they have loaded; the fonts are fetched after the deck', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(deckPage(DECK, '#/3'));
  await expect(currentSlide(page).locator('h2')).toBeVisible();
  const family = (selector: string) => currentSlide(page).locator(selector).first().evaluate((el) => getComputedStyle(el).fontFamily);
  await expect.poll(() => family('h2')).toMatch(/^Inter,/);
  await expect.poll(() => family('pre code')).toMatch(/^"JetBrains Mono",/);
  const loaded = () =>
    page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => `${font.family} ${font.weight}`).sort();
    });
  await expect.poll(loaded).toEqual(expect.arrayContaining(['Inter 400', 'Inter 700', 'JetBrains Mono 400']));
  // Not preloaded: the first slide's deck and code come first, the fonts after.
  const firstFont = requests.findIndex((path) => path.endsWith('.woff2'));
  expect(firstFont).toBeGreaterThan(requests.findIndex((path) => path.endsWith('/themes/deck.md')));
  expect(requests.findIndex((path) => path.endsWith('/themes/deck.md'))).toBeGreaterThanOrEqual(0);
});

test('a slide fits itself again when the bundled fonts arrive', async ({ page }) => {
  // Each time the page starts loading fonts, and each time that ends: the slides refit in the event that ends it.
  await page.addInitScript(() => {
    const counts = { started: 0, ended: 0 };
    Object.assign(window, { fontLoads: counts });
    document.fonts.addEventListener('loading', () => (counts.started += 1));
    for (const end of ['loadingdone', 'loadingerror'] as const) {
      document.fonts.addEventListener(end, () => (counts.ended += 1));
    }
  });
  await page.goto(deckPage(DECK, '#/4'));
  await expect(currentSlide(page).locator('h2')).toHaveText('A full slide');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const { started, ended } = (window as unknown as { fontLoads: { started: number; ended: number } }).fontLoads;
        return document.fonts.check('700 30px Inter') && document.fonts.status === 'loaded' && started > 0 && ended === started;
      }),
    )
    .toBe(true);
  // The scale the slide shows now, against the scale a fresh fit in the loaded fonts gives.
  const scales = await currentSlide(page).evaluate(async (el) => {
    const slide = el as HTMLElement & { fittedScale: number | undefined; updateComplete: Promise<boolean>; requestUpdate(name: string, old: unknown): void };
    await new Promise((done) => requestAnimationFrame(done));
    await slide.updateComplete;
    const shown = slide.fittedScale;
    slide.requestUpdate('width', 0);
    await slide.updateComplete;
    return { shown, fresh: slide.fittedScale };
  });
  expect(scales.fresh).toBeLessThan(1);
  expect(scales.shown).toBeCloseTo(scales.fresh ?? NaN, 3);
});

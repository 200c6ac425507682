import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { counter, currentSlide, deckPage, expectSlide, seed } from './helpers';

const DECK = 'diagrams/deck.md';
const SLIDES = 6;
/** Mermaid and Lectern's code around it: fetched only by a deck with a diagram. */
const DIAGRAM_CODE = /\/assets\/(draw-diagrams|mermaid-svg|mermaid-parser|flowDiagram|sequenceDiagram)[^/]*\.js$/;

const diagram = (where: ReturnType<Page['locator']>) => where.getByRole('img', { name: 'diagram', exact: true });
/** In a thumbnail (a button, or an img of the presenter's), whose content is presentational: found by its element. */
const figureIn = (where: ReturnType<Page['locator']>) => where.locator('figure.diagram');
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

function scriptsAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (DIAGRAM_CODE.test(new URL(request.url()).pathname)) asked.push(new URL(request.url()).pathname);
  });
  return asked;
}

test('a mermaid block is drawn as an SVG with its labels; a slide without one stays as written', async ({ page }) => {
  const asked = scriptsAsked(page);
  await page.goto(deckPage(DECK, '#/1'));
  await expect(currentSlide(page).getByText('A slide without a diagram.')).toBeVisible();
  await expect(currentSlide(page).locator('svg')).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, SLIDES);
  const flowchart = diagram(currentSlide(page));
  await expect(flowchart.locator('svg')).toBeVisible();
  for (const label of ['Write the deck', 'Rehearsed?', 'Give the talk', 'yes', 'no']) {
    await expect(flowchart.locator('svg text').filter({ hasText: label }).first()).toBeVisible();
  }
  // No source left behind, and the diagram fits on the slide.
  await expect(currentSlide(page).locator('pre')).toHaveCount(0);
  const box = await flowchart.boundingBox();
  expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 720).toBe(true);

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 3, SLIDES);
  const sequence = diagram(currentSlide(page));
  for (const label of ['Speaker', 'Audience', 'Asks a question', 'Answers it']) {
    await expect(sequence.locator('svg text').filter({ hasText: label }).first()).toBeVisible();
  }
  expect(asked.some((path) => path.includes('/draw-diagrams-'))).toBe(true);
});

test('a journey keeps its labels as SVG text (Mermaid would put them in HTML the sanitizer removes)', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/6'));
  await expectSlide(page, 6, SLIDES);
  const journey = diagram(currentSlide(page));
  for (const label of ['Rehearse', 'Answer questions']) {
    await expect(journey.locator('svg text').filter({ hasText: label }).first()).toBeVisible();
  }
});

test('a broken diagram shows Mermaid\'s message and its source in place; the next slide still draws', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/4'));
  const card = currentSlide(page).locator('.diagram-failure');
  await expect(card.getByText('This diagram could not be drawn')).toBeVisible();
  await expect(card.getByText(/Parse error on line 2/)).toBeVisible();
  await expect(card.locator('code')).toHaveText('flowchart LR\n  Start --> ((');
  await expect(currentSlide(page).locator('svg')).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expect(diagram(currentSlide(page)).locator('svg text').filter({ hasText: 'Speaker' }).first()).toBeVisible();
});

test('nothing in a diagram runs: no label script, no click callback, no javascript: link', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { pwn: () => void }).pwn = () => {
      (window as unknown as { __pwned?: unknown }).__pwned = 'callback';
    };
  });
  await page.goto(deckPage(DECK, '#/5'));
  const figure = diagram(currentSlide(page));
  const trap = figure.locator('svg text').filter({ hasText: 'Trap' }).first();
  await expect(trap).toBeVisible();
  await expect(figure.locator('svg text').filter({ hasText: 'Decoy' }).first()).toBeVisible();
  await trap.click();
  await figure.locator('svg text').filter({ hasText: 'Decoy' }).first().click();
  await expect(counter(page)).toHaveText(`5 / ${SLIDES}`);
  await expect(figure.locator('script, foreignObject, img, iframe')).toHaveCount(0);
  const risky = await figure.evaluate((element) =>
    [...element.querySelectorAll('*')].flatMap((node) =>
      node.getAttributeNames().filter((name) => name.startsWith('on') || /^\s*javascript:/i.test(node.getAttribute(name) ?? '')),
    ),
  );
  expect(risky).toEqual([]);
  expect(await pwned(page)).toBeUndefined();
});

test('a diagram too large to draw quickly is a card, and the talk goes on', async ({ page }) => {
  const folder = `diagrams-tmp-${randomUUID()}`;
  const dir = join(import.meta.dirname, 'fixtures', folder);
  mkdirSync(dir);
  const huge = Array.from({ length: 1500 }, (_, i) => `  N${i} --> N${i + 1}`).join('\n');
  writeFileSync(join(dir, 'deck.md'), `# Huge\n\n\`\`\`mermaid\nflowchart TD\n${huge}\n\`\`\`\n\n---\n\n# Small\n\n\`\`\`mermaid\nflowchart LR\n  Still --> Drawn\n\`\`\`\n`);
  try {
    await page.goto(deckPage(`${folder}/deck.md`));
    await expect(currentSlide(page).getByText(/This diagram is \d+ KB, over the 20 KB Lectern draws/)).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText('2 / 2');
    await expect(diagram(currentSlide(page)).locator('svg text').filter({ hasText: 'Drawn' }).first()).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the seed deck never fetches Mermaid', async ({ page }) => {
  const asked = scriptsAsked(page);
  await page.goto(seed('#/1'));
  await expectSlide(page, 1);
  for (let n = 2; n <= 4; n++) {
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, n);
  }
  await page.keyboard.press('o');
  await expect(page.getByRole('dialog', { name: 'Overview' }).locator('lectern-slide h1').first()).toBeVisible();
  expect(asked).toEqual([]);
});

test('the overview thumbnail and the presenter view show the diagram', async ({ context, page }) => {
  await page.goto(deckPage(DECK, '#/1'));
  await expect(counter(page)).toHaveText(`1 / ${SLIDES}`);
  await page.keyboard.press('o');
  const cell = page.getByRole('dialog', { name: 'Overview' }).getByRole('button', { name: /^Slide 2:/ });
  const thumbnail = figureIn(cell);
  await expect(thumbnail.locator('svg')).toBeVisible();
  await expect(thumbnail.locator('svg text').filter({ hasText: 'Write the deck' }).first()).toBeVisible();
  await page.keyboard.press('Escape');

  const presenter = await context.newPage();
  await presenter.goto(deckPage(DECK, '#/3', '&presenter'));
  const current = presenter.getByRole('region', { name: 'Current slide' });
  await expect(figureIn(current).locator('svg text').filter({ hasText: 'Asks a question' }).first()).toBeVisible();
  await expect(figureIn(presenter.getByRole('region', { name: 'Next slide' }))).toHaveCount(0);
  await expect(presenter.getByRole('region', { name: 'Next slide' }).getByText('This diagram could not be drawn')).toBeVisible();
});

test('?print draws every diagram on its page', async ({ page }) => {
  await page.goto(deckPage(DECK, '', '&print'));
  await expect(page.locator('html')).toHaveAttribute('data-lectern-print', 'ready', { timeout: 60_000 });
  const pages = page.locator('lectern-print .page');
  await expect(pages).toHaveCount(SLIDES);
  // Read at once, not waited for: `npm run export` prints the moment the page says it is ready.
  expect(await page.locator('lectern-print figure.diagram svg').count()).toBe(4);
  expect(await page.locator('lectern-print .diagram-failure').count()).toBe(1);
  await expect(diagram(pages.nth(1)).locator('svg text').filter({ hasText: 'Give the talk' }).first()).toBeVisible();
  await expect(diagram(pages.nth(2)).locator('svg text').filter({ hasText: 'Answers it' }).first()).toBeVisible();
  await expect(pages.nth(3).getByText('This diagram could not be drawn')).toBeVisible();
});

test('a new theme draws the diagrams again in its colours', async ({ page }) => {
  await page.goto(deckPage(DECK, '#/2', '&theme=light'));
  const node = diagram(currentSlide(page)).locator('.node rect, .node polygon').first();
  await expect(node).toBeVisible();
  const fill = () => node.evaluate((element) => getComputedStyle(element).fill);
  const light = await fill();
  await page.keyboard.press('d');
  await expect(page.locator('html')).toHaveAttribute('data-lectern-theme', 'dark');
  await expect.poll(fill).not.toBe(light);
  // Mermaid's dark nodes are dark: the label stays readable on the dark slide.
  const [r = 255, g = 255, b = 255] = ((await fill()).match(/\d+/g) ?? []).map(Number);
  expect(r + g + b).toBeLessThan(3 * 128);
});

test.describe('offline', () => {
  // The service worker is blocked in the other specs (playwright.config.ts): here it runs.
  test.use({ serviceWorkers: 'allow' });
  test.describe.configure({ timeout: 90_000 });

  test('a deck with a diagram keeps Mermaid with it, and draws offline after a reload; the app\'s precache never holds Mermaid', async ({ context, page }) => {
    await page.goto(deckPage(DECK, '#/1'));
    await expect(counter(page)).toHaveText(`1 / ${SLIDES}`);
    await expect(page.getByRole('status').filter({ hasText: 'Available offline' })).toBeVisible({ timeout: 30_000 });
    const cached = await page.evaluate(async () => {
      const paths: Record<string, string[]> = {};
      for (const name of await caches.keys()) paths[name] = (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
      return paths;
    });
    const precached = Object.entries(cached).flatMap(([name, paths]) => (name.includes('precache') ? paths : []));
    expect(precached.some((path) => /\/index-[^/]*\.js$/.test(path))).toBe(true);
    expect(precached.filter((path) => DIAGRAM_CODE.test(path))).toEqual([]);
    expect(cached['lectern-deck-files']?.filter((path) => DIAGRAM_CODE.test(path)).length).toBeGreaterThanOrEqual(4);

    await context.setOffline(true);
    await page.reload();
    await expect(counter(page)).toHaveText(`1 / ${SLIDES}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3, SLIDES);
    await expect(diagram(currentSlide(page)).locator('svg text').filter({ hasText: 'Asks a question' }).first()).toBeVisible();
  });
});

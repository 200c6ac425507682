import { expect, test, type Locator, type Page } from '@playwright/test';
import { currentSlide, deckPage, expectSlide, watchErrors } from './helpers';
import { contrastRatio } from '../src/themes/contrast';

const COUNT = 12;
const deck = (hash = '') => deckPage('layouts/deck.md', hash);

/** What each slide of e2e/fixtures/layouts/deck.md must carry, in the dialect it was written in. */
const SLIDES: { name: string; layout?: string; classes?: string[] }[] = [
  { name: 'title' },
  { name: 'section (Slidev front matter)', layout: 'section' },
  { name: 'center, middle (remark)', classes: ['center', 'middle'] },
  { name: 'middle (Marp _class)', classes: ['middle'] },
  { name: 'two-columns (|||)', layout: 'two-columns' },
  { name: 'two-columns (Slidev ::right::)', layout: 'two-columns', classes: ['slidev-cols'] },
  { name: 'image (Landslide .fx:)', layout: 'image', classes: ['image'] },
  { name: 'quote (Slidev front matter)', layout: 'quote' },
  { name: 'code (remark class)', layout: 'code', classes: ['code'] },
  { name: 'background colour (reveal.js .slide)', classes: ['my-own'] },
  { name: 'background image (bg:)' },
  { name: 'hostile settings', classes: ['ok', 'also-ok', 'fine'] },
];

/** Elements of the shown slide that reach past its canvas (the slide's own box), by more than a pixel. */
function outsideCanvas(slide: Locator): Promise<string[]> {
  return slide.evaluate((host) => {
    const canvas = host.getBoundingClientRect();
    const outside: string[] = [];
    for (const el of host.shadowRoot?.querySelectorAll('.content, .content *') ?? []) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < canvas.left - 1 || box.top < canvas.top - 1 || box.right > canvas.right + 1 || box.bottom > canvas.bottom + 1) {
        outside.push(`${el.tagName.toLowerCase()}.${el.className}: ${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)}`);
      }
    }
    return outside;
  });
}

/** The shown slide, fitted: its content placed and its images decoded. */
async function shownSlide(page: Page, n: number): Promise<Locator> {
  await expectSlide(page, n, COUNT);
  const slide = currentSlide(page);
  await expect(slide.locator('.content > *').first()).toBeVisible();
  for (const img of await slide.locator('img').all()) await img.evaluate((el: HTMLImageElement) => el.decode());
  return slide;
}

/** Relative luminance (0 dark … 1 light) of a computed `rgb(...)` colour. */
const luminance = (rgb: string): number => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

test.use({ viewport: { width: 1280, height: 720 } });

test('every layout and dialect lands on its slide, inside the canvas (screenshots attached)', async ({ page }, testInfo) => {
  const errors = watchErrors(page);
  await page.goto(deck());
  for (const [i, expected] of SLIDES.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    const slide = await shownSlide(page, i + 1);
    if (expected.layout) await expect(slide, expected.name).toHaveAttribute('layout', expected.layout);
    else await expect(slide, expected.name).not.toHaveAttribute('layout');
    for (const name of expected.classes ?? []) await expect(slide, expected.name).toHaveClass(new RegExp(`(^|\\s)${name}(\\s|$)`));
    expect(await outsideCanvas(slide), `${expected.name}: elements outside the canvas`).toEqual([]);
    await testInfo.attach(`${i + 1}-${expected.name}.png`, { body: await page.screenshot(), contentType: 'image/png' });
  }
  // Directives are settings, never text on a slide.
  await expect(page.locator('lectern-slide').getByText(/\.slide:|\.fx:|_class|\|\|\||::right::/)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the title, section, middle and quote layouts centre their content vertically', async ({ page }) => {
  await page.goto(deck('#/2'));
  const middle = async (n: number): Promise<void> => {
    await page.goto(deck(`#/${n}`));
    const slide = await shownSlide(page, n);
    const [content, host] = await slide.evaluate((el) => {
      const box = el.shadowRoot?.querySelector('.content > :first-child')?.parentElement?.lastElementChild;
      const first = el.shadowRoot?.querySelector('.content > :first-child')?.getBoundingClientRect();
      const last = box?.getBoundingClientRect();
      const own = el.getBoundingClientRect();
      return [{ top: first?.top ?? 0, bottom: last?.bottom ?? 0 }, { top: own.top, bottom: own.bottom }];
    });
    const above = content.top - host.top;
    const below = host.bottom - content.bottom;
    expect(Math.abs(above - below), `slide ${n}: ${above}px above, ${below}px below`).toBeLessThan(60);
  };
  for (const n of [2, 3, 4, 8]) await middle(n);
});

test('two columns: the halves sit side by side under a heading that spans both', async ({ page }) => {
  for (const [n, left, right] of [
    [5, 'Before the split', 'After the split'],
    [6, 'Left side', 'Right side'],
  ] as const) {
    await page.goto(deck(`#/${n}`));
    const slide = await shownSlide(page, n);
    const columns = slide.locator('.column');
    await expect(columns).toHaveCount(2);
    await expect(columns.first()).toContainText(left);
    await expect(columns.last()).toContainText(right);
    await expect(slide.locator('.column-head h2')).toBeVisible();
    const a = await columns.first().boundingBox();
    const b = await columns.last().boundingBox();
    expect(a && b && a.x + a.width <= b.x && Math.abs(a.y - b.y) < 2, 'right column beside the left one').toBe(true);
  }
});

test('the image layout fills the slide with its image, caption under it', async ({ page }) => {
  await page.goto(deck('#/7'));
  const slide = await shownSlide(page, 7);
  const image = await slide.locator('img').boundingBox();
  const caption = await slide.getByText('A sunset, in the image layout').boundingBox();
  expect(image && image.height > 720 * 0.7, `image ${image?.height}px tall`).toBe(true);
  expect(image && caption && caption.y >= image.y + image.height - 1, 'caption under the image').toBe(true);
});

test('backgrounds: a colour and an image cover the slide, and the text on them turns light', async ({ page }) => {
  await page.goto(deck('#/10'));
  let slide = await shownSlide(page, 10);
  const coloured = await slide.evaluate((el) => {
    const code = getComputedStyle(el.shadowRoot?.querySelector('code') ?? el);
    return {
      background: getComputedStyle(el).backgroundColor,
      heading: getComputedStyle(el.shadowRoot?.querySelector('h2') ?? el).color,
      code: [code.color, code.backgroundColor],
    };
  });
  expect(coloured.background).toBe('rgb(29, 53, 87)');
  expect(luminance(coloured.heading)).toBeGreaterThan(0.8);
  // Code keeps the colour that reads on its own (light) background, not the slide's light text.
  const [codeText = '', codeBackground = ''] = coloured.code;
  expect(Math.abs(luminance(codeText) - luminance(codeBackground)), coloured.code.join(' on ')).toBeGreaterThan(0.5);

  await page.keyboard.press('ArrowRight');
  slide = await shownSlide(page, 11);
  const pictured = await slide.evaluate((el) => ({
    image: getComputedStyle(el).backgroundImage,
    size: getComputedStyle(el).backgroundSize,
    heading: getComputedStyle(el.shadowRoot?.querySelector('h2') ?? el).color,
    box: el.getBoundingClientRect().toJSON() as DOMRect,
  }));
  expect(pictured.image).toMatch(/linear-gradient\(.*\), url\("http:\/\/127\.0\.0\.1:\d+\/fixtures\/layouts\/sunset\.png"\)$/);
  expect(pictured.size).toMatch(/^cover(, cover)*$/);
  expect(luminance(pictured.heading)).toBeGreaterThan(0.8);
  // The slide (and so its background) spans the whole canvas.
  expect(pictured.box.width).toBeGreaterThan(1200);
});

test('hostile classes and backgrounds are dropped: nothing runs, nothing leaves the slide', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(deck('#/12'));
  const slide = await shownSlide(page, 12);
  const classes = (await slide.getAttribute('class'))?.split(/\s+/) ?? [];
  expect(classes.every((name) => /^[\w-]+$/.test(name)), classes.join(' ')).toBe(true);
  expect(classes).toEqual(expect.arrayContaining(['ok', 'also-ok', 'fine']));
  await expect(slide.locator('img, script')).toHaveCount(0);
  await expect(page.locator('body script:not([type="module"])')).toHaveCount(0);
  const style = await slide.evaluate((el) => ({ color: el.style.backgroundColor, image: el.style.backgroundImage }));
  expect(style).toEqual({ color: '', image: '' });
  await page.mouse.move(640, 360);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('the overview thumbnails show the same layouts as the slides', async ({ page }) => {
  await page.goto(deck('#/5'));
  await shownSlide(page, 5);
  await page.keyboard.press('o');
  const thumb = page.getByRole('dialog', { name: 'Overview' }).locator('button.cell[aria-current] lectern-slide');
  await expect(thumb).toHaveAttribute('layout', 'two-columns');
  await expect(thumb.locator('.column')).toHaveCount(2);
  const quote = page.getByRole('dialog', { name: 'Overview' }).locator('button.cell lectern-slide[layout="quote"]');
  await expect(quote).toHaveCount(1);
});

test('a first slide given a layout takes it instead of the title layout', async ({ page }) => {
  await page.goto(deckPage('layouts/first-layout.md'));
  await expectSlide(page, 1, 2);
  const slide = currentSlide(page);
  await expect(slide).toHaveAttribute('layout', 'two-columns');
  await expect(slide).not.toHaveAttribute('title-slide');
  await expect(slide.locator('.column')).toHaveCount(2);
  expect(await outsideCanvas(slide)).toEqual([]);
});

test('the slide counter stays readable on a dark background and on a picture', async ({ page }) => {
  for (const hash of ['#/10', '#/11']) {
    await page.goto(deck(hash));
    await expect(currentSlide(page)).toHaveAttribute(hash === '#/10' ? 'background-tone' : 'background-image', /.*/);
    const counter = page.locator('lectern-audience .counter');
    const { color, background } = await counter.evaluate((el) => ({
      color: getComputedStyle(el).color,
      background: getComputedStyle(el).backgroundColor,
    }));
    // Its own background is opaque, so the slide behind it does not matter.
    expect(background).toMatch(/^rgb\(/);
    expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(4.5);
  }
});

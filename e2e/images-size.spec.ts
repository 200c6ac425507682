import { expect, test, type Page } from '@playwright/test';
import { currentSlide, deckPage } from './helpers';

/** The canvas is 1280 x 720; the slide's content box is that less its padding (72 and 56 pixels). */
const CONTENT = { width: 1280 - 2 * 72, height: 720 - 2 * 56 };

interface Measured {
  /** The image as laid out, in canvas pixels (before the slide's fit scales its content). */
  layout: { width: number; height: number };
  /** The image as painted, in canvas pixels, relative to the slide's top-left corner. */
  painted: { left: number; top: number; right: number; bottom: number };
  title: string | null;
}

async function measureImage(page: Page, slide: number, name: string): Promise<Measured> {
  await page.goto(deckPage('images-size/deck.md', `#/${slide}`));
  const img = currentSlide(page).getByRole('img', { name });
  await expect(img).toBeVisible();
  await img.evaluate((el: HTMLImageElement) => el.decode());
  // Fitting follows the image's load: wait until the painted box no longer moves.
  let last = '';
  await expect
    .poll(async () => {
      const box = JSON.stringify(await img.boundingBox());
      const stable = box === last;
      last = box;
      return stable;
    })
    .toBe(true);
  const slideBox = await currentSlide(page).boundingBox();
  return img.evaluate(
    (el: HTMLImageElement, slideBox) => {
      const canvas = slideBox ?? { x: 0, y: 0, width: 1280 };
      const toCanvas = canvas.width / 1280;
      const r = el.getBoundingClientRect();
      return {
        layout: { width: el.offsetWidth, height: el.offsetHeight },
        painted: {
          left: (r.left - canvas.x) / toCanvas,
          top: (r.top - canvas.y) / toCanvas,
          right: (r.right - canvas.x) / toCanvas,
          bottom: (r.bottom - canvas.y) / toCanvas,
        },
        title: el.getAttribute('title'),
      };
    },
    slideBox,
  );
}

function expectInsideContent({ painted }: Measured): void {
  expect(painted.left).toBeGreaterThanOrEqual(72 - 1);
  expect(painted.top).toBeGreaterThanOrEqual(56 - 1);
  expect(painted.right).toBeLessThanOrEqual(1280 - 72 + 1);
  expect(painted.bottom).toBeLessThanOrEqual(720 - 56 + 1);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
});

test('an image wider than the slide is shown whole inside it, in its own shape', async ({ page }) => {
  const wide = await measureImage(page, 2, 'A wide picture');
  expectInsideContent(wide);
  expect(wide.layout.width).toBeLessThanOrEqual(CONTENT.width);
  // 2400 x 1600: 3 to 2.
  expect(wide.layout.width / wide.layout.height).toBeCloseTo(1.5, 1);
});

test('an image taller than the slide is shown whole inside it, in its own shape', async ({ page }) => {
  const tall = await measureImage(page, 3, 'A tall picture');
  expectInsideContent(tall);
  expect(tall.layout.height).toBeLessThanOrEqual(CONTENT.height);
  expect(tall.layout.height / tall.layout.width).toBeCloseTo(7.5, 1);
});

test('a "=50%" title makes the image half the slide wide, and is no tooltip', async ({ page }) => {
  const half = await measureImage(page, 4, 'Half as wide');
  expect(half.layout.width).toBeCloseTo(CONTENT.width / 2, 0);
  expect(half.layout.width / half.layout.height).toBeCloseTo(1.5, 1);
  expect(half.title).toBeNull();
  expectInsideContent(half);
});

test('a "=300px" title makes the image 300 canvas pixels wide', async ({ page }) => {
  const sized = await measureImage(page, 5, 'Three hundred');
  expect(sized.layout.width).toBe(300);
  expect(sized.title).toBeNull();
});

test("a deck's own <img style=\"width: 850px\"> is 850 canvas pixels wide, in its shape, and still inside the slide", async ({ page }) => {
  const own = await measureImage(page, 6, 'Sized by the deck');
  expect(own.layout.width).toBe(850);
  expect(own.layout.width / own.layout.height).toBeCloseTo(1.5, 1);
  expectInsideContent(own);
});

test('any other image title stays a tooltip and sizes nothing', async ({ page }) => {
  const titled = await measureImage(page, 7, 'Titled');
  expect(titled.title).toBe('A plain tooltip');
  expectInsideContent(titled);
});

import { expect, test } from '@playwright/test';
import { counter, currentSlide, deckPage, expectSlide, watchErrors } from './helpers';
import { pathologicalSlides } from './fixture-server.mjs';

const COUNT = 5000;
const TAIL = pathologicalSlides().length;
const first = COUNT - TAIL + 1;

test('a 5,000-slide deck ending in pathological slides opens, reaches its end, and shows every slide\'s heading', async ({ page }) => {
  const errors = watchErrors(page);
  // The renderer reports what it had to work around as console errors or warnings; only page errors fail here.
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(deckPage(`pathological/${COUNT}.md`));
  await expect(counter(page)).toHaveText(`1 / ${COUNT}`);
  await page.keyboard.press('End');
  await expectSlide(page, COUNT, COUNT);

  await page.goto(deckPage(`pathological/${COUNT}.md`, `#/${first}`));
  for (let n = first; n <= COUNT; n++) {
    if (n > first) await page.keyboard.press('ArrowRight');
    await expectSlide(page, n, COUNT);
    const slide = currentSlide(page);
    const name = /^# (.*)$/m.exec(pathologicalSlides()[n - first] ?? '')?.[1] ?? '';
    if (name === 'Too large') {
      await expect(slide.getByRole('alert')).toContainText(`Slide ${n} (Too large) is too large to show`);
    } else {
      await expect(slide.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    if (name === 'Deep quote') await expect(slide).toContainText('quoted text');
    if (name === 'Deep list markers') await expect(slide).toContainText('listed text');
    if (name === 'Nested emphasis') {
      await expect(slide.getByText('before', { exact: true })).toBeVisible();
      await expect(slide.getByText('after', { exact: true })).toBeVisible();
    }
    if (name === 'Unclosed comment') await expect(slide).toContainText('shown');
    if (name === 'After the comment') await expect(slide).toContainText('visible again');
    // However long a line, the page never scrolls sideways.
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  }

  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'Overview' });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('button', { name: `Slide ${COUNT}: After the comment` })).toHaveAttribute('aria-current', 'true');
  await expect(overview.getByRole('button', { name: `Slide ${COUNT}: After the comment` })).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(overview).toHaveCount(0);
  await expectSlide(page, COUNT, COUNT);
  expect(pageErrors).toEqual([]);
  expect(errors.filter((e) => !e.includes('could not be rendered'))).toEqual([]);
});

test('a 100 KB line wraps: the slide stays readable and the page does not scroll sideways', async ({ page }) => {
  const at = first + pathologicalSlides().findIndex((s) => s.startsWith('# Long line'));
  await page.goto(deckPage(`pathological/${COUNT}.md`, `#/${at}`));
  const heading = currentSlide(page).getByRole('heading', { name: 'Long line' });
  await expect(heading).toBeVisible();
  const box = await heading.boundingBox();
  // Shrunk to fit 100 KB of text onto one slide, but not to nothing.
  expect(box?.height ?? 0).toBeGreaterThan(4);
  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
});

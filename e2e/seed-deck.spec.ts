import { expect, test } from '@playwright/test';
import { counter, currentSlide, expectSlide, seed, walkDeck, watchErrors } from './helpers';

test('opens on the title slide of the Docker talk', async ({ page }) => {
  await page.goto(seed());
  await expect(currentSlide(page).getByRole('heading', { level: 1 })).toHaveText('Lightweight Virtualization with Docker');
  await expect(counter(page)).toHaveText('1 / 33');
  await expect(page).toHaveTitle('Lightweight Virtualization with Docker');
  await expect(currentSlide(page)).toHaveAttribute('title-slide', '');
});

test('walks through all 33 slides with no console error and every image loaded', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(seed());
  await walkDeck(page, 33);
  await expect(currentSlide(page).getByRole('heading')).toHaveText('Questions?');
  expect(errors).toEqual([]);
});

test('the five images of the deck load', async ({ page }) => {
  const loaded: string[] = [];
  page.on('response', (r) => {
    if (/\.png$/i.test(r.url()) && r.ok()) loaded.push(r.url().split('/').pop() ?? '');
  });
  for (const n of [6, 7, 16, 17, 18]) {
    await page.goto(seed(`#/${n}`));
    const img = currentSlide(page).getByRole('img');
    await expect(img).toBeVisible();
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  }
  expect(new Set(loaded).size).toBe(5);
});

test('"Code Sample" shows a highlighted bash block and a separate python block', async ({ page }) => {
  await page.goto(seed('#/2'));
  const slide = currentSlide(page);
  await expect(slide.getByRole('heading')).toHaveText('Code Sample');
  const bash = slide.locator('code.language-bash');
  const python = slide.locator('code.language-python');
  await expect(bash).toHaveCount(1);
  await expect(python).toHaveCount(1);
  await expect(bash).toContainText('docker ps -a');
  await expect(bash).not.toContainText('!bash');
  await expect(bash.locator('.token').first()).toBeVisible();
  await expect(python.locator('.token.keyword', { hasText: 'def' })).toBeVisible();
  await expect(python.locator('.token.string').first()).toBeVisible();
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`"Invocation: Options" is entirely on screen at ${viewport.width}x${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(seed('#/19'));
    const slide = currentSlide(page);
    await expect(slide.getByRole('heading', { level: 1 })).toHaveText('Invocation: Options');
    const last = slide.getByText('if no default route is available', { exact: false });
    await expect(last).toBeInViewport({ ratio: 0.99 });
    await expect(slide.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 0.99 });
    const content = await slide.locator('.content').boundingBox();
    expect(content).not.toBeNull();
    if (!content) return;
    expect(content.y + content.height).toBeLessThanOrEqual(viewport.height);
    expect(content.x + content.width).toBeLessThanOrEqual(viewport.width);
    // Readable: body text is still at least 11 CSS pixels tall on screen.
    const size = await last.evaluate((el) => el.getBoundingClientRect().height / (el.getClientRects().length || 1));
    expect(size).toBeGreaterThan(11);
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
  });
}

test('links that leave the deck open in a new tab, and the demo script is served', async ({ page, request }) => {
  await page.goto(seed('#/31'));
  const demo = currentSlide(page).getByRole('link', { name: 'The demo script' });
  await expect(demo).toHaveAttribute('target', '_blank');
  await expect(demo).toHaveAttribute('rel', /noopener/);
  const href = await demo.getAttribute('href');
  expect(href).toMatch(/\/seed-deck\/docker_demo\.sh$/);
  const response = await request.get(href ?? '');
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain('docker');

  await page.goto(seed('#/1'));
  await expect(currentSlide(page).getByRole('link')).toHaveAttribute('target', '_blank');
});

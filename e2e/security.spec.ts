import { expect, test } from '@playwright/test';
import { counter, currentSlide, deckPage } from './helpers';

const pwned = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

test('nothing in a deck ever runs script', async ({ page }) => {
  await page.goto(deckPage('evil.md'));
  await expect(counter(page)).toHaveText('1 / 5');
  await expect(currentSlide(page).getByText('Text after the script.')).toBeVisible();
  for (let n = 2; n <= 5; n++) {
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`${n} / 5`);
  }
  await page.keyboard.press('Home');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(currentSlide(page).getByRole('img', { name: 'bad image' })).toBeVisible();

  await page.goto(deckPage('evil.md', '#/3'));
  const slide = currentSlide(page);
  for (const name of ['markdown link', 'raw link', 'mixed case']) {
    const link = slide.getByText(name);
    await expect(link).toBeVisible();
    expect((await link.getAttribute('href')) ?? '').not.toMatch(/^\s*javascript:/i);
    await link.click();
  }
  await page.goto(deckPage('evil.md', '#/4'));
  await expect(currentSlide(page).locator('iframe')).toHaveCount(0);
  await expect(currentSlide(page).locator('form')).toHaveCount(0);
  expect(await pwned(page)).toBeUndefined();
});

test('no link in a deck takes the talk away: SVG links, image maps and bare # links included', async ({ page }) => {
  await page.goto(deckPage('evil.md', '#/5'));
  await expect(counter(page)).toHaveText('5 / 5');
  const url = page.url();
  const slide = currentSlide(page);
  for (const selector of ['#svg-link', '#svg-xlink', '#area-link']) {
    await expect(slide.locator(selector)).toHaveAttribute('target', '_blank');
  }
  await expect(slide.getByRole('link', { name: 'outside' })).toHaveAttribute('target', '_blank');
  // Opening in a new tab is the point: the talk's own page stays where it is.
  for (const selector of ['#svg-link', '#svg-xlink']) {
    const [popup] = await Promise.all([page.context().waitForEvent('page'), slide.locator(selector).click()]);
    await popup.close();
  }
  await slide.getByText('a bare hash').click();
  expect(page.url()).toBe(url);
  await expect(counter(page)).toHaveText('5 / 5');
});

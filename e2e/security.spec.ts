import { expect, test } from '@playwright/test';
import { FIXTURES, counter, currentSlide } from './helpers';

const pwned = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

test('nothing in a deck ever runs script', async ({ page }) => {
  await page.goto(`./?src=${FIXTURES}/evil.md`);
  await expect(counter(page)).toHaveText('1 / 4');
  await expect(currentSlide(page).getByText('Text after the script.')).toBeVisible();
  for (let n = 2; n <= 4; n++) {
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`${n} / 4`);
  }
  await page.keyboard.press('Home');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(currentSlide(page).getByRole('img', { name: 'bad image' })).toBeVisible();

  await page.goto(`./?src=${FIXTURES}/evil.md#/3`);
  const slide = currentSlide(page);
  for (const name of ['markdown link', 'raw link', 'mixed case']) {
    const link = slide.getByText(name);
    await expect(link).toBeVisible();
    expect((await link.getAttribute('href')) ?? '').not.toMatch(/^\s*javascript:/i);
    await link.click({ modifiers: [] }).catch(() => undefined);
  }
  await page.goto(`./?src=${FIXTURES}/evil.md#/4`);
  await expect(currentSlide(page).locator('iframe')).toHaveCount(0);
  await expect(currentSlide(page).locator('form')).toHaveCount(0);
  expect(await pwned(page)).toBeUndefined();
});

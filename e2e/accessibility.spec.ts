import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectSlide, seed } from './helpers';

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

// One view per test: an axe scan takes seconds on a busy machine, and a test should not hold several.
for (const n of [1, 2, 6, 19]) {
  test(`axe finds nothing serious on slide ${n} of the slide view`, async ({ page }) => {
    await page.goto(seed(`#/${n}`));
    await expectSlide(page, n);
    await expect(page.locator('lectern-slide[current] .content > *').first()).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

for (const [key, name, ready] of [
  ['o', 'Overview', 'lectern-slide h1'],
  ['t', 'Contents', 'li'],
  ['?', 'Keyboard shortcuts', 'tr'],
] as const) {
  test(`axe finds nothing serious in the ${name} dialog`, async ({ page }) => {
    await page.goto(seed('#/6'));
    await expectSlide(page, 6);
    await page.keyboard.press(key);
    await expect(page.getByRole('dialog', { name }).locator(ready).first()).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test('axe finds nothing serious in the presenter view', async ({ page }) => {
  await page.goto(seed('#/2', '&presenter'));
  await expect(page.locator('lectern-presenter .position')).toHaveText('2 / 33');
  await expect(page.getByRole('region', { name: 'Current slide' }).locator('code.language-python')).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('motion is reduced when the user asks for it', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(seed('#/3'));
  await expectSlide(page, 3);
  await expect(page.locator('.progress')).toHaveCSS('transition-duration', '0s');
  await page.keyboard.press('o');
  await expect(page.locator('dialog[open]')).toHaveCSS('animation-name', 'none');
  await context.close();

  const moving = await browser.newPage();
  await moving.goto(seed('#/3'));
  await expect(moving.locator('.progress')).not.toHaveCSS('transition-duration', '0s');
  await moving.close();
});

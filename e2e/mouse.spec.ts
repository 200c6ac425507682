import { expect, test } from '@playwright/test';
import { currentSlide, expectSlide, seed } from './helpers';

test('a click on the right third moves next, on the left third previous, in the middle nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 675 });
  await page.goto(seed('#/8'));
  await expectSlide(page, 8);
  await page.mouse.click(1100, 600);
  await expectSlide(page, 9);
  await page.mouse.click(100, 600);
  await expectSlide(page, 8);
  await page.mouse.click(600, 600);
  // A stray move from the middle click would show here as slide 10.
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 9);
});

test('clicks on a link or code, or that end a text selection, do not move', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 675 });
  await page.goto(seed('#/2'));
  await expectSlide(page, 2);
  await currentSlide(page).locator('code.language-bash').click({ position: { x: 5, y: 5 } });
  await expectSlide(page, 2);
  const text = currentSlide(page).getByText('Landslide supports code snippets');
  await text.selectText();
  const box = await text.boundingBox();
  if (!box) throw new Error('no text box');
  await page.mouse.click(Math.max(box.x + 1, 1), box.y + box.height / 2);
  // The click above collapsed the selection; select again and end the selection on the left third.
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expectSlide(page, 2);

  await page.goto(seed('#/31'));
  await expectSlide(page, 31);
  const [popup] = await Promise.all([page.context().waitForEvent('page'), currentSlide(page).getByRole('link').click()]);
  await popup.close();
  await expectSlide(page, 31);
});

test('the mouse wheel does not move slides', async ({ page }) => {
  await page.goto(seed('#/5'));
  await expectSlide(page, 5);
  await page.mouse.move(600, 300);
  await page.mouse.wheel(0, 800);
  await page.mouse.wheel(0, -800);
  // A stray move from the wheel would show here as slide 4 or 7.
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 6);
});

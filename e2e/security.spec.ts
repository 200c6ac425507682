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

test('a hidden neighbouring slide cannot show itself on the projector, even with visibility: visible', async ({ page }) => {
  const canvas = page.locator('lectern-stage').first();
  const shots: Buffer[] = [];
  for (const deck of ['escape/deck.md', 'escape/control.md']) {
    await page.goto(deckPage(deck));
    await expect(currentSlide(page).getByText('Only this slide is on the projector.')).toBeVisible();
    // Slide 2 is laid out beside it, hidden.
    await expect(page.locator('lectern-slide').getByText('SLIDE TWO')).toHaveCount(1);
    // The bundled font arrives after the first slide: both pictures are taken in it.
    await page.waitForFunction(() => [...document.fonts].some((font) => font.family.includes('Inter') && font.status === 'loaded'));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    shots.push(await canvas.screenshot({ animations: 'disabled' }));
  }
  expect(shots[0]?.equals(shots[1] ?? Buffer.alloc(0))).toBe(true);
});

/** The element a click at the centre of `target` would reach, through shadow roots: its id, else its class. */
async function hitAt(page: import('@playwright/test').Page, target: import('@playwright/test').Locator): Promise<string> {
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to click');
  return page.evaluate(({ x, y }) => {
    let element = document.elementFromPoint(x, y);
    while (element?.shadowRoot?.elementFromPoint(x, y) && element.shadowRoot.elementFromPoint(x, y) !== element) {
      element = element.shadowRoot.elementFromPoint(x, y);
    }
    return element?.id || element?.className || '';
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

test('speaker notes cannot cover the presenter view or, with notes on, the projector', async ({ page }) => {
  await page.goto(deckPage('escape/deck.md', '', '&presenter'));
  await expect(page.locator('#cover')).toBeAttached();
  for (const target of [page.getByRole('button', { name: /next/i }).first(), page.getByRole('button', { name: 'Start' })]) {
    expect(await hitAt(page, target)).not.toBe('cover');
  }

  await page.goto(deckPage('escape/deck.md'));
  await page.keyboard.press('2');
  await expect(page.locator('#cover')).toBeAttached();
  expect(await hitAt(page, counter(page))).toBe('counter');
});

test('confined notes still scroll: the end of a wide line in the notes can be reached', async ({ page }) => {
  await page.goto(deckPage('escape/deck.md', '#/2', '&presenter'));
  const notes = page.locator('.notes-body .deck-notes');
  await expect(notes).toContainText('wide_notes_line');
  const reached = await notes.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
    return el.scrollLeft + el.clientWidth >= el.scrollWidth - 1 && el.scrollLeft > 0;
  });
  expect(reached).toBe(true);
  await expect(notes.getByText(/END$/)).toBeInViewport();
});

import { expect, test } from '@playwright/test';
import { counter, currentSlide, deckPage, expectSlide, seed, watchErrors } from './helpers';

test('keys move next and previous right after load, without a click', async ({ page }) => {
  await page.goto(seed());
  await expectSlide(page, 1);
  for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'Space']) await page.keyboard.press(key);
  await expectSlide(page, 5);
  for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space']) await page.keyboard.press(key);
  await expectSlide(page, 1);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 1);
});

test('Home and End go to the first and last slide', async ({ page }) => {
  await page.goto(seed('#/10'));
  await expectSlide(page, 10);
  await page.keyboard.press('End');
  await expectSlide(page, 33);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 33);
  await page.keyboard.press('Home');
  await expectSlide(page, 1);
});

test('digits then Enter go to that slide, and show what is typed', async ({ page }) => {
  // A still clock: typed digits wait for Enter however slow the machine.
  await page.clock.install({ time: new Date('2026-03-27T09:00:00') });
  await page.goto(seed('#/1'));
  await expectSlide(page, 1);
  await page.clock.pauseAt(new Date('2026-03-27T09:05:00'));
  await page.keyboard.press('1');
  await page.keyboard.press('9');
  await expect(page.getByText('Go to 19')).toBeVisible();
  await page.keyboard.press('Enter');
  // Time runs again: the hash is written once the new slide has painted.
  await page.clock.resume();
  await expectSlide(page, 19);
  await expect(currentSlide(page).getByRole('heading', { level: 1 })).toHaveText('Invocation: Options');
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expectSlide(page, 33);
});

test('keys typed in a text field do not move the deck', async ({ page }) => {
  await page.goto(seed('#/3'));
  await expectSlide(page, 3);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'field';
    document.body.append(input);
  });
  await page.locator('#field').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('End');
  await expect(page.locator('#field')).toHaveValue(' ');
  await expectSlide(page, 3);
});

test('moving rewrites the hash without adding history entries', async ({ page }) => {
  await page.goto(seed());
  await expectSlide(page, 1);
  const before = await page.evaluate(() => history.length);
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expectSlide(page, 6);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('a flood of hash changes, then a held key: the deck keeps up, throws nothing, adds no history of its own', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(seed());
  await expectSlide(page, 1);
  // 400 hash edits in one go, odd ones among them, as a script or a stuck key could make them.
  await page.evaluate(() => {
    const odd = ['#/0', '#/-1', '#/1.5', '#/1e3', '#/%', '#/%E0%A4%A', '#'];
    for (let i = 0; i < 400; i++) location.hash = i % 7 === 0 ? (odd[(i / 7) % odd.length] ?? '#') : `#/${(i % 33) + 1}`;
    location.hash = '#/17';
  });
  await expectSlide(page, 17);
  const before = await page.evaluate(() => history.length);
  // To the end and past it, then 20 back.
  for (let i = 0; i < 150; i++) await page.keyboard.press(i < 130 ? 'ArrowRight' : 'ArrowLeft');
  await expectSlide(page, 13);
  expect(await page.evaluate(() => history.length)).toBe(before);
  expect(errors).toEqual([]);
});

test.describe('the URL hash', () => {
  for (const [hash, n] of [
    ['#/5', 5],
    ['#5', 5],
    ['#slide7', 7],
    ['#/code-sample', 2],
    ['#/whats-a-container', 6],
    ['#/docker-versions-1', 25],
    ['#/999', 33],
    ['#/0', 1],
    ['#/garbage', 1],
    ['#%%%', 1],
  ] as const) {
    test(`${hash} opens slide ${n} and becomes #/${n}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(seed(hash));
      await expectSlide(page, n);
      expect(errors).toEqual([]);
    });
  }

  test('reload stays on the same slide', async ({ page }) => {
    await page.goto(seed('#/12'));
    await expectSlide(page, 12);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 13);
    await page.reload();
    await expectSlide(page, 13);
    await expect(currentSlide(page).getByRole('heading')).toHaveText('What else?');
  });

  test('editing the hash by hand moves the deck', async ({ page }) => {
    await page.goto(seed());
    await expectSlide(page, 1);
    await page.evaluate(() => (location.hash = '#/8'));
    await expectSlide(page, 8);
    await expect(currentSlide(page).getByRole('heading')).toHaveText('Intalling Docker');
    await page.evaluate(() => (location.hash = '#/stuff'));
    await expectSlide(page, 5);
  });

  test('an in-deck heading link jumps to its slide', async ({ page }) => {
    await page.goto(seed());
    await page.evaluate(() => (location.hash = '#running-docker'));
    await expectSlide(page, 26);
  });
});

test('only the current slide is visible and in the accessibility tree; the DOM holds its neighbours only', async ({ page }) => {
  await page.goto(seed('#/10'));
  await expectSlide(page, 10);
  await expect(page.locator('lectern-slide')).toHaveCount(3);
  await expect(page.locator('lectern-slide[current]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: "What's bad?" })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: "What's Docker?" })).toBeVisible();
  for (const other of await page.locator('lectern-slide:not([current])').all()) {
    await expect(other).toHaveAttribute('aria-hidden', 'true');
    await expect(other).toHaveAttribute('inert', '');
  }
});

test('a live region announces each move', async ({ page }) => {
  await page.goto(seed());
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status')).toHaveText('Slide 2 of 33: Code Sample');
});

test.describe('touch', () => {
  test.use({ hasTouch: true });

  test('swiping left and right moves the deck', async ({ page }) => {
    await page.goto(seed('#/4'));
    await expectSlide(page, 4);
    const swipe = (from: number, to: number) =>
      page.evaluate(
        ({ x0, x1 }) => {
          const touch = (x: number) => new Touch({ identifier: 1, target: document.body, clientX: x, clientY: 300 });
          window.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(x0)], changedTouches: [touch(x0)] }));
          window.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(x1)] }));
        },
        { x0: from, x1: to },
      );
    await swipe(600, 200);
    await expectSlide(page, 5);
    await swipe(200, 600);
    await swipe(200, 600);
    await expectSlide(page, 3);
    await swipe(300, 320);
    await expect(counter(page)).toHaveText('3 / 33');
  });
});

test('two presses in a row land on a slide that shows its content, even one rendered ahead as the speaker arrived', async ({ page }) => {
  // Slide 3 is rendered ahead, while the page is idle after the first slide: the second press reaches it
  // around the moment that render ends (about 1 run in 8 before this was fixed; repeat to see it).
  await page.goto(deckPage('long-code/deck.md'));
  await expect(currentSlide(page).getByRole('heading', { name: 'Long code lines' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('3 / 3');
  await expect(currentSlide(page).getByRole('heading', { name: 'Lines that fit' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText('1 / 3');
  await expect(currentSlide(page).getByRole('heading', { name: 'Long code lines' })).toBeVisible();
});

import { expect, test, type Page } from '@playwright/test';
import { KEYMAP, type Action } from '../src/deck/keymap';
import { DESCRIPTIONS, keyLabel } from '../src/deck/key-help';
import { counter, currentSlide, expectSlide, seed } from './helpers';

const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });
const blank = (page: Page) => page.getByRole('img', { name: /Screen blanked/ });
const notes = (page: Page) => page.getByRole('region', { name: 'Speaker notes' });

/** What each action visibly does, starting on slide 5 of the seed deck. */
const CHECKS: Record<Action, (page: Page, press: () => Promise<void>) => Promise<void>> = {
  next: async (page, press) => {
    await press();
    await expectSlide(page, 6);
  },
  previous: async (page, press) => {
    await press();
    await expectSlide(page, 4);
  },
  first: async (page, press) => {
    await press();
    await expectSlide(page, 1);
  },
  last: async (page, press) => {
    await press();
    await expectSlide(page, 33);
  },
  overview: async (page, press) => {
    await press();
    await expect(dialog(page, 'Overview')).toBeVisible();
    await expect(dialog(page, 'Overview').getByRole('button', { name: 'Slide 5: Stuff' })).toBeFocused();
  },
  toc: async (page, press) => {
    await press();
    await expect(dialog(page, 'Contents')).toBeVisible();
  },
  help: async (page, press) => {
    await press();
    await expect(dialog(page, 'Keyboard shortcuts')).toBeVisible();
  },
  blackout: async (page, press) => {
    await press();
    await expect(blank(page)).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await page.keyboard.press('ArrowRight');
    await expect(blank(page)).toHaveCount(0);
    await expectSlide(page, 5);
  },
  whiteout: async (page, press) => {
    await press();
    await expect(blank(page)).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await page.keyboard.press('x');
    await expect(blank(page)).toHaveCount(0);
    await expectSlide(page, 5);
  },
  theme: async (page, press) => {
    const background = () => page.locator('lectern-stage .canvas').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const before = await background();
    await press();
    await expect(page.locator('html')).toHaveAttribute('data-lectern-theme', 'dark');
    await expect.poll(background).not.toBe(before);
  },
  fullscreen: async (page, press) => {
    await press();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await press();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  },
  openPresenter: async (page, press) => {
    const [presenter] = await Promise.all([page.context().waitForEvent('page'), press()]);
    await expect(presenter.locator('lectern-presenter')).toBeVisible();
    await expect(presenter).toHaveURL(/presenter#\/5$/);
  },
  cloneWindow: async (page, press) => {
    const [clone] = await Promise.all([page.context().waitForEvent('page'), press()]);
    await expect(clone.locator('lectern-audience .counter')).toHaveText('5 / 33');
    await expect(clone.locator('lectern-presenter')).toHaveCount(0);
    expect(new URL(clone.url()).searchParams.has('presenter')).toBe(false);
    // A clone is one more window of the same talk: it moves with the others.
    await clone.keyboard.press('ArrowRight');
    await expect(page.locator('lectern-presenter .position, lectern-audience .counter')).toHaveText('6 / 33');
  },
  mirror: async (page, press) => {
    const transform = () => page.locator('lectern-audience').evaluate((el) => getComputedStyle(el).transform);
    await press();
    await expect.poll(transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await expect(currentSlide(page).locator('h1, h2').first()).toBeVisible();
    await press();
    await expect.poll(transform).toBe('none');
  },
  toggleNotes: async (page, press) => {
    await press();
    await expect(notes(page)).toBeVisible();
    await press();
    await expect(notes(page)).toHaveCount(0);
  },
  notesBigger: async (page, press) => {
    const before = await fontSize(page);
    await press();
    await expect.poll(() => fontSize(page)).toBeGreaterThan(before);
  },
  notesSmaller: async (page, press) => {
    const before = await fontSize(page);
    await press();
    await expect.poll(() => fontSize(page)).toBeLessThan(before);
  },
  pauseTimer: async (page, press) => {
    await press();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await press();
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  },
  resetTimer: async (page, press) => {
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await press();
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  },
};

const fontSize = (page: Page) => notes(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

for (const binding of KEYMAP) {
  for (const key of binding.keys) {
    const label = keyLabel(key);
    test(`${label} does what the help says: ${DESCRIPTIONS[binding.action]}`, async ({ page }) => {
      const presenter = binding.scope === 'presenter';
      await page.goto(seed('#/5', presenter ? '&presenter' : ''));
      await expect(page.locator('lectern-presenter .position, lectern-audience .counter')).toHaveText('5 / 33');

      await page.keyboard.press('?');
      const help = dialog(page, 'Keyboard shortcuts');
      await expect(help.locator(`tr[data-action="${binding.action}"]`)).toContainText(DESCRIPTIONS[binding.action]);
      await expect(help.locator(`tr[data-action="${binding.action}"] kbd`, { hasText: label }).first()).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(help).toHaveCount(0);

      const press = () => page.keyboard.press(key === ' ' ? 'Space' : key === 'Shift+ ' ? 'Shift+Space' : key);
      await CHECKS[binding.action](page, press);
    });
  }
}

test('overlays are modal dialogs: focus moves in, Esc closes, the deck does not move behind them', async ({ page }) => {
  await page.goto(seed('#/3'));
  await expectSlide(page, 3);
  for (const [key, name] of [['t', 'Contents'], ['h', 'Keyboard shortcuts'], ['o', 'Overview']] as const) {
    await page.keyboard.press(key);
    const open = dialog(page, name);
    await expect(open).toBeVisible();
    expect(await open.evaluate((el) => el.matches(':modal'))).toBe(true);
    await expect(open.locator(':focus')).toHaveCount(1);
    await page.keyboard.press(key === 'o' ? 'Home' : 'End');
    await expect(counter(page)).toHaveText('3 / 33');
    await page.keyboard.press('Escape');
    await expect(open).toHaveCount(0);
  }
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 4);
});

test('the help closes with its own key and its Close button', async ({ page }) => {
  await page.goto(seed());
  await page.keyboard.press('h');
  await expect(dialog(page, 'Keyboard shortcuts')).toBeVisible();
  await page.keyboard.press('h');
  await expect(dialog(page, 'Keyboard shortcuts')).toHaveCount(0);
  await page.keyboard.press('?');
  await dialog(page, 'Keyboard shortcuts').getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page, 'Keyboard shortcuts')).toHaveCount(0);
  await expect(currentSlide(page)).toBeVisible();
});

test('b in the presenter view blanks the audience screen, and any key there brings it back', async ({ context }) => {
  const audience = await context.newPage();
  await audience.goto(seed('#/7'));
  await expectSlide(audience, 7);
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await presenter.goto(seed('#/7', '&presenter'));
  await expect(presenter.locator('lectern-presenter .position')).toHaveText('7 / 33');
  const layout = () =>
    Promise.all([presenter.locator('lectern-presenter header').boundingBox(), presenter.getByRole('img', { name: /^Current slide/ }).boundingBox()]);
  const before = await layout();
  await presenter.keyboard.press('b');
  await expect(blank(audience)).toBeVisible();
  await expect(presenter.getByRole('status').filter({ hasText: 'Audience screen is black' })).toBeVisible();
  // The notice takes no room: the header stays one row and the slide keeps its size.
  expect(await layout()).toEqual(before);
  await expect(blank(presenter)).toHaveCount(0);
  await presenter.keyboard.press('ArrowRight');
  await expect(blank(audience)).toHaveCount(0);
  await expectSlide(audience, 7);
});

test('holding a key repeats moves only: a held b, ., w, o or Esc does not undo itself', async ({ page }) => {
  await page.goto(seed('#/5'));
  await expectSlide(page, 5);
  // keyboard.down on a key already down sends a keydown with repeat set, as a held key does.
  const hold = async (key: string) => {
    for (let i = 0; i < 4; i++) await page.keyboard.down(key);
    await page.keyboard.up(key);
  };
  for (const [key, colour] of [['b', 'rgb(0, 0, 0)'], ['.', 'rgb(0, 0, 0)'], ['w', 'rgb(255, 255, 255)']] as const) {
    await hold(key);
    await expect(blank(page)).toHaveCSS('background-color', colour);
    await page.keyboard.press('x');
    await expect(blank(page)).toHaveCount(0);
  }
  for (const key of ['o', 'Escape']) {
    await hold(key);
    await expect(dialog(page, 'Overview')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog(page, 'Overview')).toHaveCount(0);
  }
  for (const key of ['t', 'h']) {
    await hold(key);
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  await expectSlide(page, 5);
  await hold('ArrowRight');
  await expectSlide(page, 9);
});

test('the help shows every key at 1280x720 without scrolling, and on a small screen only its body scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(seed('#/5'));
  await expectSlide(page, 5);
  await page.keyboard.press('?');
  const help = dialog(page, 'Keyboard shortcuts');
  const rows = help.locator('tr');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toBeInViewport({ ratio: 1 });
  const body = help.getByRole('region', { name: 'Shortcuts' });
  expect(await body.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);

  await page.setViewportSize({ width: 900, height: 420 });
  await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(rows.last()).toBeInViewport({ ratio: 1 });
  await expect(help.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport({ ratio: 1 });
  await expect(help.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
});

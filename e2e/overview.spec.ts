import { expect, test, type Page } from '@playwright/test';
import { counter, currentSlide, deckPage, expectSlide, seed } from './helpers';

const overview = (page: Page) => page.getByRole('dialog', { name: 'Overview' });
const contents = (page: Page) => page.getByRole('dialog', { name: 'Contents' });

const SEED_TITLES = [
  'Lightweight Virtualization with Docker', 'Code Sample', '!bash', 'Lightweight Virtualization with Docker', 'Stuff',
  "What's a container?", 'UnionFS (aufs)', 'Intalling Docker', 'Docker Versions', "What's Docker?", "What's bad?",
  'Changes', 'What else?', 'What does it all mean? - what it gives us', 'Projects around Docker',
  'Docker and OpenStack in Havana (deprecated)', 'Docker and OpenStack in IceHouse', 'Creating/using a Docker private repo',
  'Invocation: Options', 'Using the REST API:', 'Demo', 'Images:', 'Internals:', 'Slide #2', 'Docker Versions',
  'Running Docker', 'Demo1 - Basic interaction', 'Demo2 - Daemon attach/detach', 'Demo3 - Open ports',
  'Demo4 - Example envts', 'Links - 1', 'Links - 2', 'Questions?',
];

test('the overview of the seed deck shows all 33 slides, current one marked and in view', async ({ page }) => {
  await page.goto(seed('#/30'));
  await expectSlide(page, 30);
  await page.keyboard.press('o');
  const cells = overview(page).locator('button.cell');
  await expect(cells).toHaveCount(33);
  for (const [i, title] of SEED_TITLES.entries()) {
    await expect(cells.nth(i)).toHaveAccessibleName(`Slide ${i + 1}: ${title}`);
  }
  const current = overview(page).getByRole('button', { name: 'Slide 30: Demo4 - Example envts' });
  await expect(current).toHaveAttribute('aria-current', 'true');
  await expect(current).toBeFocused();
  await expect(current).toBeInViewport();
  // A real render of the slide, not just its title.
  await expect(current.locator('lectern-slide h1')).toHaveText('Demo4 - Example envts');
});

test('overview: arrows and Enter jump, and the hash follows', async ({ page }) => {
  await page.goto(seed('#/1'));
  await expectSlide(page, 1);
  await page.keyboard.press('Escape');
  await expect(overview(page).getByRole('button', { name: /^Slide 1:/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowLeft');
  const columns = await overview(page).locator('.grid').evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
  const chosen = 1 + 2 + columns - 1;
  await expect(overview(page).getByRole('button', { name: new RegExp(`^Slide ${chosen}:`) })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(overview(page)).toHaveCount(0);
  await expectSlide(page, chosen);
});

test('overview: a click jumps there; Esc goes back to where the talk was', async ({ page }) => {
  await page.goto(seed('#/4'));
  await expectSlide(page, 4);
  await page.keyboard.press('o');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(overview(page)).toHaveCount(0);
  await expectSlide(page, 4);
  await page.keyboard.press('o');
  await overview(page).getByRole('button', { name: "Slide 7: UnionFS (aufs)" }).click();
  await expectSlide(page, 7);
  await expect(currentSlide(page).getByRole('heading')).toHaveText('UnionFS (aufs)');
});

test('overview of a 2,000-slide deck: opens, keeps only thumbnails near the view, shows the chosen slide', async ({ page }) => {
  await page.goto(deckPage('generated/2000.md', '#/1500'));
  await expect(counter(page)).toHaveText('1500 / 2000');
  await expect(page.locator('lectern-slide')).toHaveCount(3);
  await page.keyboard.press('o');
  const current = overview(page).getByRole('button', { name: 'Slide 1500: Slide 1500' });
  await expect(current).toBeFocused();
  await expect(current.locator('lectern-slide h1')).toHaveText('Slide 1500');
  const thumbnails = overview(page).locator('lectern-slide');
  // Only cells on or next to the screen hold a render: at most three screens' worth.
  const onScreen = await overview(page).locator('button.cell').evaluateAll((cells) => {
    const grid = cells[0]?.closest('.grid')?.getBoundingClientRect();
    return grid ? cells.filter((c) => { const r = c.getBoundingClientRect(); return r.bottom > grid.top && r.top < grid.bottom; }).length : 0;
  });
  const mounted = await thumbnails.count();
  expect(mounted).toBeGreaterThan(0);
  expect(mounted).toBeLessThanOrEqual(onScreen * 3);
  // And the grid itself keeps only rows near the view in the DOM.
  expect(await overview(page).locator('button.cell').count()).toBeLessThan(300);
  await expect(overview(page).getByRole('button', { name: 'Slide 10: Slide 10' }).locator('lectern-slide')).toHaveCount(0);

  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(overview(page).getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('End');
  const last = overview(page).getByRole('button', { name: 'Slide 2000: Slide 2000' });
  await expect(last).toBeFocused();
  await expect(last.locator('lectern-slide h1')).toHaveText('Slide 2000');
  expect(await thumbnails.count()).toBeLessThanOrEqual(onScreen * 3);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText('1999 / 2000');
  await expect(currentSlide(page).getByRole('heading')).toHaveText('Slide 1999');
  await expect(page).toHaveURL(/#\/1999$/);
});

test('table of contents: numbered titles, current marked, click or Enter to jump', async ({ page }) => {
  await page.goto(seed('#/9'));
  await expectSlide(page, 9);
  await page.keyboard.press('t');
  const items = contents(page).getByRole('listitem');
  await expect(items).toHaveCount(33);
  for (const [i, title] of SEED_TITLES.entries()) await expect(items.nth(i).getByRole('button')).toHaveAccessibleName(`${i + 1} ${title}`);
  const current = contents(page).getByRole('button', { name: '9 Docker Versions' });
  await expect(current).toHaveAttribute('aria-current', 'true');
  await expect(current).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expectSlide(page, 11);
  await page.keyboard.press('t');
  await contents(page).getByRole('button', { name: '26 Running Docker' }).click();
  await expectSlide(page, 26);
});

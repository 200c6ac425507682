import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { channelName } from '../src/deck/sync-message';
import { counter, currentSlide, deckPage, watchErrors } from './helpers';

const DECK = 'notes-deck.md';
const OTHER = 'images-deck/deck.md';
const audienceUrl = (hash = '#/1', deck = DECK) => deckPage(deck, hash);
const presenterUrl = (hash = '#/1', deck = DECK) => deckPage(deck, hash, '&presenter');

const position = (page: Page) => page.locator('lectern-presenter .position');
const notesPanel = (page: Page) => page.getByRole('region', { name: 'Speaker notes' });

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function expectAt(page: Page, n: number, of = 7): Promise<void> {
  // The presenter's position or the audience's counter, whichever this window shows.
  await expect(page.locator('lectern-presenter .position, lectern-audience .counter')).toHaveText(`${n} / ${of}`);
  await expect(page).toHaveURL(new RegExp(`#/${n}$`));
}

const NOTES = [
  ['Remark slide', 'Remark notes here'],
  ['Reveal slide', 'Reveal notes line'],
  ['Landslide slide', 'Landslide notes text'],
  ['Comment slide', 'Comment notes text'],
  ['Inline slide', 'Inline on-slide note'],
] as const;

test('every notes marker gives notes to the presenter and hides them from the audience', async ({ context }) => {
  const audience = await open(context, audienceUrl());
  const presenter = await open(context, presenterUrl());
  for (const [i, [title, notes]] of NOTES.entries()) {
    await expectAt(audience, i + 1);
    await expectAt(presenter, i + 1);
    await expect(currentSlide(audience).getByRole('heading')).toHaveText(title);
    await expect(audience.getByText(notes)).toHaveCount(0);
    await expect(notesPanel(presenter).locator('.notes-body')).toContainText(notes);
    await audience.keyboard.press('ArrowRight');
  }
  await expectAt(presenter, 6);
  await expect(currentSlide(audience).locator('code')).toContainText('Note: this is code');
  await expect(notesPanel(presenter).locator('.notes-body')).toHaveText('No notes for this slide.');
});

test('2 shows the notes under the slide and Landslide .notes: lines on it, and hides both again', async ({ page }) => {
  await page.goto(audienceUrl('#/5'));
  const slide = currentSlide(page);
  await expect(slide.getByText('Visible inline slide.')).toBeVisible();
  await expect(page.getByText('Inline on-slide note')).toHaveCount(0);
  await page.keyboard.press('2');
  await expect(slide.getByText('Inline on-slide note')).toBeVisible();
  // The panel shows every note of the slide, as the presenter view does: never "No notes" beside a note.
  await expect(notesPanel(page)).toContainText('Inline on-slide note');
  await expect(notesPanel(page)).not.toContainText('No notes');
  await page.keyboard.press('ArrowLeft');
  await expect(notesPanel(page)).toContainText('Comment notes text');
  await page.keyboard.press('2');
  await expect(notesPanel(page)).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('5 / 7');
  await expect(slide.getByText('Visible inline slide.')).toBeVisible();
  // Off means off: the .notes: line is gone from this slide and from the neighbours kept in the DOM.
  await expect(page.getByText('Inline on-slide note')).toHaveCount(0);
});

test('2 Enter and 2 5 Enter go to a slide without the notes ever flashing on the projector', async ({ page }) => {
  // Watch every shadow root the page makes, so notes appearing anywhere (the panel under
  // the slide, a .notes: line on a slide) are seen, even if they are gone a frame later.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { notesSeen: seen });
    const isNotes = (node: Node) =>
      node instanceof Element && (node.matches('.notes, .inline-notes') || node.querySelector('.notes, .inline-notes') !== null);
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attach.call(this, init);
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (isNotes(node)) seen.push((node as Element).className);
      }).observe(root, { childList: true, subtree: true });
      return root;
    };
  });
  const notesSeen = () => page.evaluate(() => (window as unknown as { notesSeen: string[] }).notesSeen.length);
  // The page's clock stands still, so however slow the machine, a 2 waits for Enter until the test says.
  await page.clock.install({ time: new Date('2026-03-27T09:00:00') });
  await page.goto(audienceUrl('#/4'));
  await expect(counter(page)).toHaveText('4 / 7');
  await page.clock.pauseAt(new Date('2026-03-27T09:05:00'));
  // The watch works: a lone 2 does show the notes, half a second later.
  await page.keyboard.press('2');
  await page.clock.runFor(500);
  await expect(notesPanel(page)).toBeVisible();
  expect(await notesSeen()).toBeGreaterThan(0);
  await page.keyboard.press('2');
  await page.clock.runFor(500);
  await expect(notesPanel(page)).toHaveCount(0);
  await page.evaluate(() => ((window as unknown as { notesSeen: string[] }).notesSeen.length = 0));

  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText('5 / 7');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText('2 / 7');
  await page.keyboard.type('25');
  await expect(page.getByText('Go to 25')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText('7 / 7');
  await expect(notesPanel(page)).toHaveCount(0);
  expect(await notesSeen()).toBe(0);
});

test('moves in any of three windows move the others; another deck stays put', async ({ context }) => {
  const first = await open(context, audienceUrl());
  const projector = await open(context, audienceUrl());
  const presenter = await open(context, presenterUrl());
  const other = await open(context, audienceUrl('#/1', OTHER));
  await expect(counter(other)).toHaveText('1 / 3');
  for (const page of [first, projector, presenter]) await expectAt(page, 1);

  await presenter.keyboard.press('ArrowRight');
  for (const page of [first, projector, presenter]) await expectAt(page, 2);

  await first.keyboard.press('End');
  for (const page of [first, projector, presenter]) await expectAt(page, 7);

  await projector.keyboard.press('3');
  await projector.keyboard.press('Enter');
  for (const page of [first, projector, presenter]) await expectAt(page, 3);

  await presenter.getByRole('button', { name: 'Next', exact: true }).click();
  for (const page of [first, projector, presenter]) await expectAt(page, 4);

  await other.keyboard.press('ArrowRight');
  await expect(counter(other)).toHaveText('2 / 3');
  await expectAt(first, 4);
  await expect(counter(other)).toHaveText('2 / 3');
});

test('a presenter opened late or reloaded joins the talk where it is; closing it leaves the audience alone', async ({ context }) => {
  const audience = await open(context, audienceUrl('#/4'));
  await expectAt(audience, 4);
  // No slide in its URL: it joins the talk, and joining is not a move, so its timer waits.
  const presenter = await open(context, presenterUrl(''));
  await expectAt(presenter, 4);
  await expectAt(audience, 4);
  await expect(presenter.getByRole('button', { name: 'Start' })).toBeVisible();

  await audience.keyboard.press('ArrowRight');
  await expectAt(presenter, 5);
  await expect(presenter.getByRole('button', { name: 'Pause' })).toBeVisible();
  await presenter.reload();
  await expectAt(presenter, 5);
  await expectAt(audience, 5);

  await audience.reload();
  await expectAt(audience, 5);
  await expectAt(presenter, 5);

  const errors = watchErrors(audience);
  await presenter.close();
  await audience.keyboard.press('ArrowLeft');
  await expectAt(audience, 4);
  expect(errors).toEqual([]);
});

test('a window opened at a named slide takes the talk there; one opened without a slide joins it', async ({ context }) => {
  const audience = await open(context, audienceUrl('#/3'));
  await expectAt(audience, 3);
  const presenter = await open(context, presenterUrl('#/2'));
  await expectAt(presenter, 2);
  await expectAt(audience, 2);
  const start = presenter.getByRole('button', { name: 'Start' });
  const tab = await open(context, audienceUrl('#/6'));
  for (const page of [tab, audience, presenter]) await expectAt(page, 6);
  // Opening a window at a slide is not a move: the timer still waits for the talk to start.
  await expect(start).toBeVisible();
  const joiner = await open(context, audienceUrl(''));
  await expectAt(joiner, 6);
  for (const page of [audience, tab, presenter]) await expectAt(page, 6);
  await expect(start).toBeVisible();
  await joiner.keyboard.press('ArrowRight');
  for (const page of [audience, tab, presenter]) await expectAt(page, 7);
  await expect(presenter.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('a reloaded window joins the talk; its hash is only where it was, so it pulls nobody back', async ({ context }) => {
  const presenter = await open(context, presenterUrl('#/2'));
  const audience = await open(context, audienceUrl('#/2'));
  await expectAt(audience, 2);
  await expectAt(presenter, 2);
  // As if the talk had moved on while this window was reloading: its hash still says 5.
  await audience.evaluate(() => history.replaceState(null, '', '#/5'));
  await audience.reload();
  await expectAt(audience, 2);
  await expectAt(presenter, 2);
});

test('malformed channel messages move nothing and throw nothing', async ({ context, baseURL }) => {
  const audience = await open(context, audienceUrl('#/3'));
  await expectAt(audience, 3);
  const errors = watchErrors(audience);
  // Every slide the audience shows, so a move that something undoes later still counts.
  await audience.evaluate(() => {
    const shown: string[] = [];
    Object.assign(window, { shown });
    const counter = document.querySelector('lectern-app')?.shadowRoot?.querySelector('lectern-audience')?.shadowRoot?.querySelector('.counter');
    if (!counter) throw new Error('no counter');
    new MutationObserver(() => shown.push(counter.textContent ?? '')).observe(counter, { subtree: true, characterData: true, childList: true });
  });
  // Window messages (what reveal.js listened to) are not a way in either: well-formed or not, they move nothing.
  await audience.evaluate((deck) => {
    for (const data of [{ v: 2, deck, type: 'goto', from: 'x', index: 5 }, '{"method":"slide","args":[5]}', null]) window.postMessage(data, '*');
  }, new URL(`fixtures/${DECK}`, baseURL).href);
  // The junk comes from another window of the same origin with no deck in it.
  const sender = await open(context, './favicon.svg');
  const deckUrl = new URL(`fixtures/${DECK}`, baseURL).href;
  const answers = await sender.evaluate(async ({ name, DECKID }) => {
    const bus = new BroadcastChannel(name);
    const junk: unknown[] = [
      null,
      'goto 1',
      42,
      [],
      {},
      { v: 3, deck: DECKID, type: 'goto', from: 'x', index: 0 },
      { v: 2, type: 'goto', from: 'x', index: 0 },
      { v: 2, deck: `${DECKID}?other`, type: 'goto', from: 'x', index: 0 },
      { v: '2', deck: DECKID, type: 'goto', from: 'x', index: 0 },
      { v: 2, deck: DECKID, type: 'goto', from: 'x', index: 1e308 },
      { v: 2, deck: DECKID, type: 'goto', from: 'x', index: -1 },
      { v: 2, deck: DECKID, type: 'goto', from: 'x', index: '0' },
      { v: 2, deck: DECKID, type: 'goto', from: 'x', index: 6.5 },
      { v: 2, deck: DECKID, type: 'goto', from: 'x', index: 7 },
      { v: 2, deck: DECKID, type: 'goto', from: 'x'.repeat(1000), index: 0 },
      { v: 2, deck: DECKID, type: 'goto', index: 0 },
      { v: 2, deck: DECKID, type: 'state', from: 'x', to: 'nobody', index: 0 },
      { v: 2, deck: DECKID, type: 'screen', from: 'x', screen: 'purple' },
      { v: 2, deck: DECKID, type: 'hello' },
      { v: 2, deck: DECKID, type: '__proto__', from: 'x', index: 0 },
    ];
    // After each piece of junk, ask where the talk is: the answer comes once the audience has
    // read the junk (a channel delivers in order), and says where it stands.
    const ask = (id: string) =>
      new Promise<unknown>((resolve) => {
        const onMessage = (event: MessageEvent) => {
          const data = event.data as { type?: string; to?: string };
          if (data?.type === 'state' && data.to === id) {
            bus.removeEventListener('message', onMessage);
            resolve(event.data);
          }
        };
        bus.addEventListener('message', onMessage);
        bus.postMessage({ v: 2, deck: DECKID, type: 'hello', from: id });
      });
    const answers: unknown[] = [];
    for (const [i, message] of junk.entries()) {
      bus.postMessage(message);
      const answer = (await ask(`probe-${i}`)) as { index: number; screen: string };
      answers.push({ junk: i, index: answer.index, screen: answer.screen });
    }
    bus.postMessage({ v: 2, deck: DECKID, type: 'goto', from: 'tester', index: 5 });
    return answers;
  }, { name: channelName(deckUrl), DECKID: deckUrl });
  expect(answers).toEqual(answers.map((_, junk) => ({ junk, index: 2, screen: 'normal' })));
  // The one well-formed move after the junk is followed: the channel itself works.
  await expectAt(audience, 6);
  expect(await audience.evaluate(() => (window as unknown as { shown: string[] }).shown)).toEqual(['6 / 7']);
  await expect(audience.getByRole('img', { name: /Screen blanked/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('s opens the presenter view in a new window at the current slide', async ({ context, page }) => {
  await page.goto(audienceUrl('#/2'));
  await expectAt(page, 2);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(presenter).toHaveURL(/[?&]presenter(#|&|$)/);
  await expectAt(presenter, 2);
  await expect(presenter).toHaveTitle('Notes everywhere (presenter)');
  await expect(notesPanel(presenter)).toContainText('Reveal notes line');
});

test('a blocked popup shows a link that opens the presenter view', async ({ context, page }) => {
  // The browser's popup blocker: window.open answers null.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.goto(audienceUrl('#/3'));
  await expectAt(page, 3);
  await page.keyboard.press('p');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('blocked');
  const link = alert.getByRole('link', { name: 'Open the presenter view' });
  await expect(link).toHaveAttribute('href', /presenter#\/3$/);
  const [presenter] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expectAt(presenter, 3);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the presenter view shows current and next slide, notes of both, position and clock', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-27T09:41:00') });
  await page.goto(presenterUrl('#/1'));
  await expect(page).toHaveTitle('Notes everywhere (presenter)');
  await expectAt(page, 1);
  const current = page.getByRole('region', { name: 'Current slide' });
  const next = page.getByRole('region', { name: 'Next slide' });
  await expect(current.getByRole('heading', { name: 'Remark slide' })).toBeVisible();
  await expect(next.getByRole('heading', { name: 'Reveal slide' })).toBeVisible();
  await expect(notesPanel(page).locator('.notes-body strong')).toHaveText('here');
  await expect(notesPanel(page).locator('.next-notes')).toContainText('Reveal notes line');
  await expect(page.locator('lectern-timer .clock')).toHaveText(/^0?9:41/);
  await page.keyboard.press('End');
  await expect(next).toContainText('End of deck');
});

test('the timer starts at the first move, counts, keeps pace, pauses, survives a reload and resets', async ({ page }) => {
  // A 10-minute talk of 7 slides: slide n is planned at (n - 1) × 10/7 minutes.
  await page.clock.install({ time: new Date('2026-03-27T09:00:00') });
  await page.goto(presenterUrl('#/1'));
  await expectAt(page, 1);
  const elapsed = page.getByRole('timer', { name: 'Elapsed time' });
  const pacing = page.getByLabel('Pacing');
  // Time passing with the view open does not start the timer: only a move or Start does.
  await page.clock.pauseAt(new Date('2026-03-27T09:05:00'));
  await expect(elapsed).toHaveText('0:00');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(5_000);
  await expect(elapsed).toHaveText('0:05');
  // 5 s in, slide 2 is planned at 1:25.7: ahead by 1:20.
  await expect(pacing).toHaveText('1:20 ahead');
  await page.clock.runFor(175_000);
  await expect(elapsed).toHaveText('3:00');
  await expect(pacing).toHaveText('1:34 behind');
  await page.keyboard.press('ArrowRight');
  // Slide 3 is planned at 2:51.4: within half a minute is on time.
  await expect(pacing).toHaveText('on time');

  await page.keyboard.press('Shift+P');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(elapsed).toHaveText('3:00');
  await page.reload();
  await expectAt(page, 3);
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(elapsed).toHaveText('3:00');
  await page.keyboard.press('Shift+P');
  await page.clock.runFor(2_000);
  await expect(elapsed).toHaveText('3:02');
  await page.keyboard.press('Shift+R');
  await expect(elapsed).toHaveText('0:00');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(pacing).toHaveCount(0);
});

test('+ and - change the size of the notes text', async ({ page }) => {
  await page.goto(presenterUrl('#/1'));
  const size = () => notesPanel(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await expect(notesPanel(page)).toContainText('Remark notes');
  const before = await size();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(size).toBeGreaterThan(before);
  const bigger = await size();
  await page.keyboard.press('-');
  await expect.poll(size).toBeLessThan(bigger);
});

for (const hash of ['#presenter3', '#p3']) {
  test(`an old presenter link ${hash} opens the presenter view at slide 3`, async ({ page }) => {
    await page.goto(audienceUrl(hash));
    await expect(page.locator('lectern-presenter')).toBeVisible();
    await expectAt(page, 3);
    await expect(page).toHaveURL(/[?&]presenter#\/3$/);
  });
}

test('Shift+P pressed while the presenter view is still loading starts the timer once it is there', async ({ page }) => {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/lectern-presenter-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(presenterUrl('#/1'));
  // The deck is there (the title says so), the presenter view's code is not.
  await expect(page).toHaveTitle('Notes everywhere (presenter)');
  await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
  await page.keyboard.press('Shift+P');
  release();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

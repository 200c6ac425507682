import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { parseDeck } from '../src/deck/parse-deck';
import { deckPath, parseDeckList } from '../src/load/deck-list';
import { serveFile } from '../scripts/serve-file.mjs';
import { serveFixture } from './fixture-server.mjs';
import { currentSlide, expectSlide, walkDeck, watchErrors } from './helpers';

// The production build as a project site serves it (GitHub Pages: https://user.github.io/repo/):
// under a sub-path, on a static host that answers 404 to anything outside it.
const PREFIX = '/some/sub/path/';
const OUT = resolve(process.env.LECTERN_OUT_DIR ?? 'dist');

/** Paths the host was asked for outside the sub-path: the app's own requests, its worker's included. */
const outside: string[] = [];

/** The build at PREFIX, the test decks at PREFIX/fixtures/ (for a relative ?src=), nothing else. */
function startStaticHost(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const path = new URL(url, 'http://host').pathname;
    if (!path.startsWith(PREFIX)) {
      outside.push(path);
      res.statusCode = 404;
      return void res.end('outside the site');
    }
    const rest = path.slice(PREFIX.length);
    if (rest.startsWith('fixtures/')) {
      req.url = url.slice(`${PREFIX}fixtures`.length);
      return void serveFixture(req, res);
    }
    const file = resolve(OUT, decodeURIComponent(rest) || 'index.html');
    if (!file.startsWith(OUT + sep)) {
      res.statusCode = 404;
      return void res.end('not found');
    }
    void serveFile(res, file);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

// As a visitor gets it, with the offline service worker: what it fetches must stay in the site too.
test.use({ serviceWorkers: 'allow' });

let host: Server;
let site = '';
test.beforeAll(async () => {
  host = await startStaticHost();
  const address = host.address();
  site = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${PREFIX}`;
});
test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

let problems: string[] = [];
let errors: string[][] = [];
test.beforeEach(({ context, page }) => {
  outside.length = 0;
  problems = watchNetwork(context);
  errors = [watchErrors(page)];
  // The presenter view opens in a window of its own.
  context.on('page', (opened) => void errors.push(watchErrors(opened)));
});
// After each test, failed or not: a page that never showed names the request that went astray.
test.afterEach(() => {
  expect(outside, 'paths asked of the host outside the site').toEqual([]);
  expect(problems, 'requests that left the site or failed').toEqual([]);
  expect(errors.flat(), 'errors in any window').toEqual([]);
});

/** Every request of every window that left the site, failed, or was answered with an error. */
function watchNetwork(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => {
    if (/^https?:/.test(request.url()) && !request.url().startsWith(site)) seen.push(`left the site: ${request.url()}`);
  });
  context.on('requestfailed', (request) => {
    // Aborted is the browser giving up a request itself (a reload cancels the favicon's); a
    // request the host could not answer is a 404, and one outside the site too.
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') seen.push(`failed: ${request.url()} (${reason})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) seen.push(`${response.status()}: ${response.url()}`);
  });
  return seen;
}

/** Waits for each image to load, then expects real pixels from it. */
async function expectImagesLoaded(images: Locator): Promise<void> {
  for (const img of await images.all()) {
    const width = await img.evaluate((el: HTMLImageElement) => el.decode().then(() => el.naturalWidth, () => 0));
    expect(width, `image ${await img.getAttribute('src')} loads`).toBeGreaterThan(0);
  }
}

const overview = (page: Page) => page.getByRole('dialog', { name: 'Overview' });
const position = (page: Page) => page.locator('lectern-presenter .position');

/**
 * What the page opens without ?src=: the one deck in slides/, whatever its name, as the build
 * listed it in index.html; with several, the page lists them, so the first is opened as its link does.
 */
function defaultDeck(): { query: string; count: number } {
  const listed = /<script type="application\/json" id="lectern-decks">(.*?)<\/script>/s.exec(readFileSync(join(OUT, 'index.html'), 'utf8'));
  const decks = parseDeckList(listed?.[1]) ?? [{ file: 'slides.md' }];
  const [first] = decks;
  if (!first) throw new Error(`The build in ${OUT} lists no deck: put one in slides/ and build again.`);
  const count = parseDeck(readFileSync(join(OUT, 'slides', first.file), 'utf8')).slides.length;
  return { query: decks.length > 1 ? `?src=${deckPath(first.file)}` : '', count };
}

const DECKS = [
  // Whatever deck the speaker keeps in slides/: only checks that pass on any valid deck.
  { name: 'the default deck', ...defaultDeck(), known: false },
  // The copy of the seed deck: its titles, images and links can be named.
  { name: 'a ?src= deck', query: '?src=fixtures/seed-deck/slides.md', count: 33, known: true },
];

for (const { name, query, count, known } of DECKS) {
  test.describe(`under ${PREFIX}, ${name}`, () => {
    test('shows every slide with its images; keys move, the hash follows, a reload stays', async ({ page }) => {
      await page.goto(`${site}${query}`);
      await expect(currentSlide(page).locator('.content > *').first()).toBeVisible();
      await walkDeck(page, count);
      expect(new URL(page.url()).pathname).toBe(PREFIX);

      const third = Math.min(3, count);
      await page.keyboard.press('Home');
      await expectSlide(page, 1, count);
      for (let n = 1; n < third; n++) await page.keyboard.press('ArrowRight');
      await expectSlide(page, third, count);
      await page.reload();
      await expectSlide(page, third, count);

      if (known) {
        await page.keyboard.press('7');
        await page.keyboard.press('Enter');
        await expectSlide(page, 7);
        await expect(currentSlide(page).getByRole('heading')).toHaveText('UnionFS (aufs)');
        await expectImagesLoaded(currentSlide(page).getByRole('img', { name: 'UnionFS', exact: true }));
        // A file the deck links to resolves beside the deck, inside the site.
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        await expectSlide(page, 31);
        const href = await currentSlide(page).getByRole('link', { name: 'The demo script' }).evaluate((a: HTMLAnchorElement) => a.href);
        expect(href).toBe(`${site}fixtures/seed-deck/docker_demo.sh`);
        expect((await page.request.get(href)).status()).toBe(200);
      }
    });

    test('s opens the presenter view under the same path; it and the audience move together', async ({ context, page }) => {
      const start = Math.min(known ? 6 : 2, count);
      await page.goto(`${site}${query}#/${start}`);
      await expectSlide(page, start, count);
      const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
      const opened = new URL(presenter.url());
      expect(opened.pathname).toBe(PREFIX);
      expect(opened.searchParams.has('presenter')).toBe(true);
      expect(opened.searchParams.get('src')).toBe(new URL(page.url()).searchParams.get('src'));
      await expect(position(presenter)).toHaveText(`${start} / ${count}`);
      const current = presenter.getByRole('region', { name: 'Current slide' });
      const next = presenter.getByRole('region', { name: 'Next slide' });
      await expect(current.locator('lectern-slide .content > *').first()).toBeVisible();
      if (known) {
        await expect(current.getByRole('heading', { name: "What's a container?" })).toBeVisible();
        await expect(next.getByRole('heading', { name: 'UnionFS (aufs)' })).toBeVisible();
        await expect(current.locator('img')).toHaveCount(1);
        await expect(next.locator('img')).toHaveCount(1);
      }
      await expectImagesLoaded(current.locator('img'));
      await expectImagesLoaded(next.locator('img'));

      // The offline copy is made from the sub-path as well: the presenter view says when it is complete.
      await expect(presenter.getByText('Available offline')).toBeVisible();

      await presenter.keyboard.press('End');
      await expect(position(presenter)).toHaveText(`${count} / ${count}`);
      await expectSlide(page, count, count);
      await page.keyboard.press('Home');
      await expect(position(presenter)).toHaveText(`1 / ${count}`);
    });

    test('o opens the overview of real thumbnails; a choice there shows that slide', async ({ page }) => {
      const start = Math.min(known ? 5 : 2, count);
      await page.goto(`${site}${query}#/${start}`);
      await expectSlide(page, start, count);
      await page.keyboard.press('o');
      const current = overview(page).locator('button.cell[aria-current="true"]');
      await expect(current).toHaveAccessibleName(new RegExp(`^Slide ${start}:`));
      await expect(current).toBeFocused();
      await expect(current.locator('lectern-slide .content > *').first()).toBeVisible();
      await expectImagesLoaded(overview(page).locator('lectern-slide img'));

      if (known) {
        await expect(overview(page).locator('button.cell')).toHaveCount(33);
        const unionfs = overview(page).getByRole('button', { name: 'Slide 7: UnionFS (aufs)' });
        await expectImagesLoaded(unionfs.getByRole('img', { name: 'UnionFS', exact: true }));
        await unionfs.click();
        await expectSlide(page, 7);
        await expect(currentSlide(page).getByRole('heading')).toHaveText('UnionFS (aufs)');
      } else {
        await page.keyboard.press('Home');
        await expect(overview(page).locator('button.cell').first()).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(overview(page)).toHaveCount(0);
        await expectSlide(page, 1, count);
      }
    });
  });
}

/**
 * Hostile decks: every slide of e2e/fixtures/hostile/ carries one attack (script, event
 * handler, dangerous URL, forbidden element, escaping style, mutation XSS, pathological
 * Markdown). Each deck is walked slide by slide in the audience and the presenter view, with
 * the page's Content-Security-Policy enforced and bypassed (so the sanitizer alone must hold),
 * hovering and clicking everything on each slide. Any sign that a payload ran, fetched, left
 * the page or escaped its slide fails the test.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { SITE, counter, deckPage } from './helpers';

type View = 'audience' | 'presenter';

interface HostileDeck {
  file: string;
  /** Text that must be on a slide besides its canary, by slide number. */
  shows?: Readonly<Record<number, readonly string[]>>;
}

const DECKS: readonly HostileDeck[] = [
  { file: 'markup.md', shows: { 1: ['Text after the scripts.'], 13: ['Text after the template.'] } },
  { file: 'elements.md' },
  { file: 'links.md' },
  { file: 'styles.md', shows: { 1: ['a paragraph the kept rule styles'], 5: ['Text under the scope rule.'] } },
  {
    file: 'markdown.md',
    shows: {
      1: ["<script>window.__pwned = 'fenced'</script>", "<img src=x onerror=window.__pwned='inline-code'>"],
      3: ['Text between the comments.'],
      4: ['Text after the image comments.'],
      5: ['A paragraph line.'],
      7: ['Text before the comment.'],
      8: ['This slide shows again.'],
      9: ['quoted text'],
      10: ['listed text'],
      11: ['before', 'after'],
      13: ['Visible text.'],
    },
  },
  { file: 'mxss.md' },
  { file: 'comment-bang.md', shows: { 1: ['Text after the bang comment.'] } },
  { file: 'comment-unclosed.md', shows: { 1: ['Text before the comment.'], 2: ['This slide must show.'] } },
];

/** Slides in a fixture: each has exactly one `canary-ok N` line. */
function slideCount(file: string): number {
  const text = readFileSync(new URL(`./fixtures/hostile/${file}`, import.meta.url), 'utf8');
  return text.match(/^canary-ok \d+$/gm)?.length ?? 0;
}

const slideOf = (page: Page, view: View): Locator =>
  view === 'audience' ? page.locator('lectern-audience lectern-slide[current]') : page.locator('lectern-presenter section.current lectern-slide');

const positionOf = (page: Page, view: View): Locator => (view === 'audience' ? counter(page) : page.locator('lectern-presenter .position'));

/** What the page itself reports after a slide (inspectPage runs in the page: it takes everything it needs as arguments). */
interface Findings {
  pwned: string[];
  sameDocument: boolean;
  violations: string[];
  content: string[];
  counterCoveredBy: string | null;
}

interface InspectOptions {
  /** Decks from another origin keep no <style> at all. */
  noStyles: boolean;
  audience: boolean;
}

/**
 * Everything on the page a deck could have planted: payload marks on window and document, CSP
 * reports, anything in a slide or in the notes that the sanitizer should have dropped, and
 * (audience view) whatever sits on top of the counter.
 */
function inspectPage({ noStyles, audience }: InspectOptions): Findings {
  const marks = window as unknown as { __pwned?: unknown; __hostileDocument?: boolean; __cspViolations?: string[] };
  const doc = document as unknown as { __pwned?: unknown };
  const pwned: string[] = [];
  if (marks.__pwned !== undefined) pwned.push(`window.__pwned = ${String(marks.__pwned)}`);
  if (doc.__pwned !== undefined) pwned.push(`document.__pwned = ${String(doc.__pwned)}`);

  const describe = (el: Element | null): string => {
    if (!el) return 'nothing';
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(/\s+/).join('.')}` : '';
    return `<${el.localName}${id}${cls}>`;
  };

  // Where deck content lives: every slide's shadow root, and the speaker notes of either view.
  const areas: { where: string; root: ParentNode; notes: boolean }[] = [];
  const walk = (root: Document | ShadowRoot): void => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'lectern-slide' && el.shadowRoot) {
        areas.push({ where: `slide "${el.getAttribute('aria-label') ?? ''}"`, root: el.shadowRoot, notes: false });
        continue;
      }
      if (el.localName === 'lectern-presenter' && el.shadowRoot) {
        for (const notes of el.shadowRoot.querySelectorAll('.notes-body, .next-notes')) areas.push({ where: 'presenter notes', root: notes, notes: true });
      }
      if (el.localName === 'lectern-audience' && el.shadowRoot) {
        for (const notes of el.shadowRoot.querySelectorAll('section.notes')) areas.push({ where: 'audience notes', root: notes, notes: true });
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);

  const FORBIDDEN = new Set([
    'script', 'form', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'template',
    'noscript', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'button', 'slot', 'portal', 'fencedframe',
    'keygen', 'isindex', 'param',
  ]);
  const DROPPED_ATTRS = new Set([
    'ping', 'background', 'autofocus', 'contenteditable', 'popover', 'popovertarget', 'popovertargetaction',
    'interestfor', 'formaction', 'action', 'srcdoc', 'accesskey', 'is',
  ]);
  const URL_ATTRS = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'to', 'values', 'from', 'by']);
  const BAD_URL = /^(javascript:|vbscript:|data:text\/html)/;
  const LINK_ATTRS = new Set(['href', 'xlink:href', 'action', 'formaction', 'data']);
  const BAD_CSS = /@import|@font-face|:host|::?slotted|::?part\b/i;
  const HTML_NS = 'http://www.w3.org/1999/xhtml';

  const content: string[] = [];
  for (const { where, root, notes } of areas) {
    for (const el of root.querySelectorAll('*')) {
      const name = el.localName;
      const what = `${where}: ${describe(el)}`;
      if (FORBIDDEN.has(name)) content.push(`${what} is a forbidden element`);
      if (el.namespaceURI === HTML_NS && name.includes('-')) content.push(`${what} is a custom element`);
      if (el.shadowRoot) content.push(`${what} has a shadow root of its own`);
      if (name === 'input' && !(el.getAttribute('type')?.toLowerCase() === 'checkbox' && el.hasAttribute('disabled'))) {
        content.push(`${what} is an input other than a disabled checkbox`);
      }
      if (name === 'style') {
        const css = el.textContent ?? '';
        if (notes || noStyles) content.push(`${what} is a <style> where none may be: ${css.slice(0, 120)}`);
        else if (BAD_CSS.test(css)) content.push(`${what} keeps ${BAD_CSS.exec(css)?.[0] ?? ''}: ${css.slice(0, 160)}`);
      }
      for (const attr of el.attributes) {
        const attrName = attr.name.toLowerCase();
        const value = attr.value;
        if (attrName.startsWith('on')) content.push(`${what} keeps the handler ${attr.name}="${value.slice(0, 60)}"`);
        // DOMPurify empties `is` rather than removing it: an empty one customizes nothing.
        if (DROPPED_ATTRS.has(attrName) && !(attrName === 'is' && value === '')) content.push(`${what} keeps ${attr.name}="${value.slice(0, 60)}"`);
        if (attrName === 'target' && value !== '_blank') content.push(`${what} keeps target="${value}"`);
        if (attrName === 'rel' && value !== 'noopener noreferrer') content.push(`${what} keeps rel="${value}"`);
        if (URL_ATTRS.has(attrName)) {
          // What the URL parser ignores: control characters and spaces around, tabs and newlines within.
          const url = value.replace(/[\t\n\r]/g, '').replace(/^[\0- ]+/, '').toLowerCase();
          if (BAD_URL.test(url) || (LINK_ATTRS.has(attrName) && url.startsWith('data:'))) content.push(`${what} keeps ${attr.name}="${value.slice(0, 80)}"`);
          if ((attrName === 'href' || attrName === 'xlink:href') && value === '#') content.push(`${what} keeps a bare # link`);
          const leaves = (name === 'a' || name === 'area') && (attrName === 'href' || attrName === 'xlink:href') && !value.startsWith('#');
          if (leaves && (el.getAttribute('target') !== '_blank' || el.getAttribute('rel') !== 'noopener noreferrer')) {
            content.push(`${what} links to ${value.slice(0, 80)} without target=_blank rel="noopener noreferrer"`);
          }
        }
      }
    }
  }

  let counterCoveredBy: string | null = null;
  if (audience) {
    const audienceRoot = document.querySelector('lectern-app')?.shadowRoot?.querySelector('lectern-audience')?.shadowRoot;
    const counterEl = audienceRoot?.querySelector('.counter');
    if (!counterEl) counterCoveredBy = 'no counter at all';
    else {
      const box = counterEl.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      let hit: Element | null = document.elementFromPoint(x, y);
      for (let depth = 0; hit?.shadowRoot && depth < 50; depth++) {
        const inner: Element | null = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      if (!hit || !(hit === counterEl || counterEl.contains(hit))) counterCoveredBy = describe(hit);
    }
  }
  return {
    pwned,
    sameDocument: marks.__hostileDocument === true,
    violations: marks.__cspViolations?.splice(0) ?? [],
    content,
    counterCoveredBy,
  };
}

interface Seen {
  /** What the slide shows, and all of its text (hidden parts included). */
  shown: string;
  text: string;
  /** The centre of every element worth pointing at, and whether a click there may move the deck. */
  points: { x: number; y: number; mayMove: boolean }[];
}

/** A slide's text, and where its elements are: boxes that are not empty and on screen. */
function seeSlide(slide: Element, audience: boolean): Seen {
  const root = slide.shadowRoot;
  const points: Seen['points'] = [];
  const seen = new Set<string>();
  // The audience view moves on a click in the left or right third of the stage.
  const stage = slide.parentElement?.getBoundingClientRect();
  for (const el of root?.querySelectorAll('*') ?? []) {
    const box = el.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) continue;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    // Thousands of nested elements (the emphasis slide) share a handful of centres: each centre once.
    const key = `${Math.round(x / 4)}:${Math.round(y / 4)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sideways = audience && stage !== undefined && (x < stage.left + stage.width / 3 || x > stage.left + (2 * stage.width) / 3);
    points.push({ x, y, mayMove: sideways || el.closest('a, area, img[usemap]') !== null });
    if (points.length >= 200) break;
  }
  const content = root?.querySelector<HTMLElement>('.content');
  return { shown: content?.innerText ?? '', text: root?.textContent ?? '', points };
}

/** The address (without hash) each page opened its deck at. */
const homes = new WeakMap<Page, string>();

/**
 * Watches a page for anything a deck must never cause. Returns the list of what went wrong,
 * filled as it happens.
 */
async function watch(page: Page, context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`a ${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  context.on('page', (popup) => {
    problems.push(`a new page opened: ${popup.url()}`);
    void popup.close().catch(() => undefined);
  });
  context.on('request', (request) => {
    let host = '';
    try {
      host = new URL(request.url()).hostname;
    } catch {
      // Not a URL with a host: not a request to one.
    }
    if (host.endsWith('.invalid')) problems.push(`a request to ${request.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const home = homes.get(page);
    if (home !== undefined && frame.url().split('#')[0] !== home) problems.push(`the page navigated to ${frame.url()}`);
  });
  // CSP reports about elements on the page: with the policy on, one means something got past the
  // sanitizer. (DOMPurify's own DOMParser parse of a payload is reported too, against the document,
  // though nothing in that inert document can run: those are left out.)
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const target = event.composedPath()[0];
        if (!(target instanceof Element)) return;
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} on ${target.outerHTML.slice(0, 200)}`);
      },
      true,
    );
  });
  return problems;
}

/** Opens a deck and marks the document, so a reload or navigation to another document is seen. */
async function open(page: Page, url: string, position: Locator, count: number): Promise<void> {
  await page.goto(url);
  homes.set(page, page.url().split('#')[0] ?? '');
  await expect(position).toHaveText(/^1 \/ \d+$/);
  // Every slide of the file is a slide of the deck: none swallowed by another.
  expect(await position.textContent(), 'slides in the deck').toBe(`1 / ${count}`);
  await page.evaluate(() => {
    (window as unknown as { __hostileDocument: boolean }).__hostileDocument = true;
  });
}

async function backTo(page: Page, n: number): Promise<void> {
  // The hash is written once a move has painted: wait for a frame before reading it.
  const hash = await page.evaluate(() => new Promise<string>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(location.hash)))));
  if (hash === `#/${n}`) return;
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/${n}`);
  await expect(page).toHaveURL(new RegExp(`#/${n}$`));
}

interface WalkOptions {
  view: View;
  count: number;
  shows?: HostileDeck['shows'];
  noStyles?: boolean;
  problems: string[];
}

/** Goes through every slide with the right arrow, checking it shows, pointing at and clicking everything on it. */
async function walk(page: Page, { view, count, shows, noStyles = false, problems }: WalkOptions): Promise<void> {
  const slide = slideOf(page, view);
  const position = positionOf(page, view);
  for (let n = 1; n <= count; n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText(`${n} / ${count}`);
    await expect(page).toHaveURL(new RegExp(`#/${n}$`));
    // Soft from here on: one broken slide must not hide what the others would show.
    // Rendered: the slide, or the card that says why it could not be (a slide that takes too long gets one).
    const canary = slide.getByText(`canary-ok ${n}`, { exact: true });
    await expect(canary.or(slide.locator('.render-failure')).first()).toBeVisible();
    expect.soft(await canary.isVisible(), `slide ${n} renders: canary-ok ${n} is visible`).toBe(true);
    const { shown, text, points } = await slide.evaluate(seeSlide, view === 'audience');
    for (const expected of shows?.[n] ?? []) expect.soft(shown, `slide ${n} shows ${expected}`).toContain(expected);
    expect.soft(text, `slide ${n} holds nothing a comment hides`).not.toContain('SECRET');

    // Hover and click everything (a click moves the mouse there first); go back if the deck moved.
    for (const { x, y, mayMove } of points) {
      await page.mouse.click(x, y);
      if (mayMove) await backTo(page, n);
    }
    await backTo(page, n);
    await expect(position).toHaveText(`${n} / ${count}`);

    const found = await page.evaluate(inspectPage, { noStyles, audience: view === 'audience' });
    expect.soft(found.pwned, `slide ${n}: no payload ran`).toEqual([]);
    expect(found.sameDocument, `slide ${n}: still the same document`).toBe(true);
    expect.soft(found.violations, `slide ${n}: nothing on the page met the Content-Security-Policy`).toEqual([]);
    expect.soft(found.content, `slide ${n}: only sanitized content on the page`).toEqual([]);
    expect.soft(found.counterCoveredBy, `slide ${n}: nothing covers the counter`).toBeNull();
    expect.soft(problems.splice(0), `slide ${n}: nothing happened that a deck must not cause`).toEqual([]);
  }
}

/** walk(), and when it breaks off (a payload that navigated destroys the page it talks to), what the page did first. */
async function walkReporting(page: Page, options: WalkOptions): Promise<void> {
  try {
    await walk(page, options);
  } catch (error) {
    if (options.problems.length === 0 || !(error instanceof Error)) throw error;
    error.message += `\n\nBefore that: ${options.problems.join('\n')}`;
    throw error;
  }
}

for (const csp of ['enforced', 'bypassed'] as const) {
  test.describe(`hostile decks, Content-Security-Policy ${csp}`, () => {
    test.use({ bypassCSP: csp === 'bypassed' });
    for (const { file, shows } of DECKS) {
      for (const view of ['audience', 'presenter'] as const) {
        test(`${file} in the ${view} view`, async ({ page, context }) => {
          test.setTimeout(60_000);
          const count = slideCount(file);
          expect(count).toBeGreaterThan(0);
          const problems = await watch(page, context);
          await open(page, deckPage(`hostile/${file}`, '#/1', view === 'presenter' ? '&presenter' : ''), positionOf(page, view), count);
          await walkReporting(page, { view, count, shows, problems });
          expect(problems).toEqual([]);
        });
      }
    }
  });
}

test('the hostile corpus holds at least 30 attacks', () => {
  expect(DECKS.reduce((sum, { file }) => sum + slideCount(file), 0)).toBeGreaterThanOrEqual(30);
});

test('a deck from another origin keeps no <style> and says where it comes from', async ({ page, context }) => {
  test.setTimeout(60_000);
  const count = slideCount('styles.md');
  const problems = await watch(page, context);
  await open(page, `./?src=${SITE}/hostile/styles.md#/1`, counter(page), count);
  await expect(page.getByText(`external deck: ${new URL(SITE).host}`)).toBeVisible();
  await walkReporting(page, { view: 'audience', count, noStyles: true, problems });
  expect(problems).toEqual([]);
});

test('?src= with a javascript:, data:, blob: or file: address is refused and fetches nothing', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const problems = await watch(page, context);
  const origin = new URL(String(test.info().project.use.baseURL)).origin;
  const sources = [
    "javascript:window.__pwned='src'",
    "JaVaScRiPt:window.__pwned='src-case'",
    " javascript:window.__pwned='src-space'",
    "java\tscript:window.__pwned='src-tab'",
    'data:text/markdown,%23%20Data%20deck%0A%0A%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
    'DATA:text/markdown;base64,IyBEYXRh',
    `blob:${origin}/00000000-0000-4000-8000-000000000000`,
    'file:///etc/passwd',
    'FILE://localhost/etc/hosts',
  ];
  for (const src of sources) {
    requests.length = 0;
    await page.goto(`./?src=${encodeURIComponent(src)}`);
    await expect(page.getByText('This deck source is refused'), src).toBeVisible();
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) || url.includes('/fixtures/')), `nothing fetched for ${src}`).toEqual([]);
    expect(
      requests.filter((url) => url.toLowerCase().includes(src.trim().toLowerCase().replace(/\s/g, '').slice(0, 12))),
      `no request for ${src}`,
    ).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  }
  expect(problems).toEqual([]);
});

/** The page's HTML, shadow roots included. */
function deepHtml(): string {
  const parts = [document.documentElement.outerHTML];
  const walk = (root: Document | ShadowRoot): void => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        parts.push(el.shadowRoot.innerHTML);
        walk(el.shadowRoot);
      }
    }
  };
  walk(document);
  return parts.join('\n');
}

test('odd slide hashes land on a slide, are rewritten to #/N and never reach the page', async ({ page }) => {
  const count = slideCount('links.md');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Where each hash may land: a number is clamped to the deck, anything unreadable means slide 1.
  const hashes: [string, readonly number[]][] = [
    ['#/0', [1]],
    ['#/-1', [1]],
    ['#/1.5', [1]],
    ['#/1e3', [1, count]],
    ['#/00002', [2]],
    ['#/%', [1]],
    ['#/%E0%A4%A', [1]],
    ['#/99999999999999999999999', [count]],
  ];
  const landed = async (hash: string, allowed: readonly number[], how: string): Promise<void> => {
    await expect(page, `${hash} ${how} is rewritten`).toHaveURL(/#\/\d+$/);
    await expect(counter(page)).toHaveText(/^\d+ \/ \d+$/);
    const shown = Number((await counter(page).textContent())?.split(' / ')[0]);
    expect(allowed, `${hash} ${how} lands on slide ${shown}`).toContain(shown);
    await expect(counter(page)).toHaveText(`${shown} / ${count}`);
    await expect(page).toHaveURL(new RegExp(`#/${shown}$`));
    const html = await page.evaluate(deepHtml);
    // The hash as typed, and its undecodable percent escapes on their own.
    for (const piece of [hash, ...(hash.match(/%[\dA-F][\w%]+/gi) ?? [])]) expect(html, `${hash} ${how} is not in the page`).not.toContain(piece);
    expect(errors, `${hash} ${how}`).toEqual([]);
  };
  for (const [hash, allowed] of hashes) {
    await page.goto(deckPage('hostile/links.md', hash));
    await landed(hash, allowed, 'on opening');
  }
  await page.goto(deckPage('hostile/links.md', '#/5'));
  await expect(counter(page)).toHaveText(`5 / ${count}`);
  for (const [hash, allowed] of hashes) {
    await page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await landed(hash, allowed, 'typed into the open page');
    await page.keyboard.press('End');
  }
});

test('the built page carries the Content-Security-Policy', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? '';
  for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-src 'none'"]) {
    expect(meta).toContain(directive);
  }
  expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);
});

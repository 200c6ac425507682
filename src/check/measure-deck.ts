/**
 * Renders slides with the app's own pipeline and reports those
 * `<lectern-slide>` shrinks below a readable scale: for `npm run check` (in
 * Chromium, on measure.html) and the dev badge. Never part of the build.
 */
import { LecternSlide } from '../components/lectern-slide';
import { CANVAS } from '../components/lectern-stage';
import { fitContent } from '../components/fit-content';
import { parseDeck } from '../deck/parse-deck';
import { withExtras } from '../load/deck-extras';
import type { Slide } from '../deck/types';
import { parseLinkDefinitions, type Links } from '../render/markdown';
import { markdownToHtml } from '../render/markdown-to-html';
import { SLIDE_SOURCE_CAP } from '../render/limits';
import { sanitize } from '../render/sanitize';
import type { MeasureRequest, ShrunkSlide } from './measure-protocol';

/** Slides laid out at once: enough to share each layout pass and frame, few enough to keep memory small. */
const BATCH = 200;
/** An image that has not arrived by then is measured as it stands. */
const IMAGE_WAIT_MS = 3000;
/** What could be raw HTML: only marked's own tags come out of a slide without it. */
const RAW_HTML = /<[A-Za-z!/?]/;

const frame = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => done()));

function imagesSettled(roots: ShadowRoot[]): Promise<unknown> {
  const pending = roots
    .flatMap((root) => [...root.querySelectorAll('img')])
    .filter((img) => !img.complete)
    .map((img) => new Promise((done) => {
      img.addEventListener('load', done, { once: true });
      img.addEventListener('error', done, { once: true });
    }));
  if (pending.length === 0) return Promise.resolve();
  return Promise.race([Promise.all(pending), new Promise((done) => setTimeout(done, IMAGE_WAIT_MS))]);
}

/** Where slides are measured: the canvas size, and a closed shadow root nothing else on the page can query. */
interface Stage {
  host: HTMLElement;
  root: ShadowRoot;
  width: number;
  height: number;
}

function frameBox(stage: Stage): HTMLElement {
  const box = document.createElement('div');
  box.style.cssText = `position:absolute;left:0;top:0;overflow:hidden;width:${stage.width}px;height:${stage.height}px`;
  stage.root.append(box);
  return box;
}

/**
 * The exact scale, from `<lectern-slide>` itself: sanitized HTML, fitted as
 * the talk fits it (code wrapping below 80%, missing-image placeholders).
 */
async function exactScales(slides: Slide[], html: Map<number, string>, deckUrl: string, stage: Stage): Promise<Map<number, number>> {
  const elements = slides.map((slide) => {
    const element = document.createElement('lectern-slide');
    element.width = stage.width;
    element.height = stage.height;
    element.titleSlide = slide.index === 0;
    element.content = sanitize(html.get(slide.index) ?? '', { deckUrl, styles: true });
    element.look = slide;
    // As the slide first shows: every step holds its place from the start, so step 0 is as large as any.
    element.step = 0;
    element.current = true;
    frameBox(stage).append(element);
    return element;
  });
  // Content goes in on the frame after it is set, and is fitted in the update that follows;
  // an image that loads or fails refits its slide in an update of its own.
  await Promise.all(elements.map((e) => e.updateComplete));
  await frame();
  await Promise.all(elements.map((e) => e.updateComplete));
  await imagesSettled(elements.flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])));
  await Promise.all(elements.map((e) => e.updateComplete));
  return new Map(slides.map((slide, i) => [slide.index, elements[i]?.fittedScale ?? 1]));
}

/**
 * The slides that surely fit at `below` or larger, found with one layout
 * each: the HTML in a box with `<lectern-slide>`'s own styles, as wide as
 * the canvas is at that scale. Only slides of marked's own tags come here,
 * sanitized as in the talk. An image that fails would become a
 * placeholder, so such a slide is left to the exact measure.
 */
async function surelyFit(slides: Slide[], html: Map<number, string>, deckUrl: string, below: number, stage: Stage): Promise<Set<number>> {
  const { width, height } = stage;
  const style = getComputedStyle(stage.host);
  const padX = parseFloat(style.getPropertyValue('--lectern-slide-padding-x')) || 72;
  const padY = parseFloat(style.getPropertyValue('--lectern-slide-padding-y')) || 56;
  const room = { width: (width - 2 * padX) / below, height: (height - 2 * padY) / below };
  const sheet = LecternSlide.styles;
  const boxes = slides.map((slide) => {
    const host = document.createElement('div');
    host.setAttribute('current', '');
    // The title slide has styles of its own (a larger heading), as in the talk.
    if (slide.index === 0) host.setAttribute('title-slide', '');
    const root = host.attachShadow({ mode: 'open' });
    if (sheet && 'styleSheet' in sheet && sheet.styleSheet) root.adoptedStyleSheets = [sheet.styleSheet];
    const content = document.createElement('div');
    content.className = 'content';
    // Set before the first layout, so that the slide is laid out once, at the width it is tested at.
    content.style.width = `${room.width}px`;
    // Parsed inert, so that no image is fetched before its URL is the deck's.
    const template = document.createElement('template');
    // Sanitized like every slide (it resolves image URLs against the deck too): nothing from a deck runs, even here.
    template.innerHTML = sanitize(html.get(slide.index) ?? '', { deckUrl, styles: false });
    content.append(template.content);
    root.append(content);
    frameBox(stage).append(host);
    return { slide, root, content };
  });
  await imagesSettled(boxes.map((b) => b.root));
  const fits = new Set<number>();
  for (const { slide, root, content } of boxes) {
    const broken = [...root.querySelectorAll('img')].some((img) => img.complete && img.naturalWidth === 0);
    if (!broken && fitContent(content, room.width, room.height).scale === 1) fits.add(slide.index);
  }
  return fits;
}

async function renderAll(slides: Slide[], links: Links): Promise<Map<number, string>> {
  const html = new Map<number, string>();
  for (const slide of slides) html.set(slide.index, await markdownToHtml(slide.markdown, links, slide.headings));
  return html;
}

/** Laid out, never painted, out of the way of the page it runs in. */
const HIDDEN = 'position:fixed;left:-20000px;top:0;visibility:hidden;pointer-events:none';

export async function measureDeck(request: MeasureRequest, progress: (done: number) => void): Promise<ShrunkSlide[]> {
  const { source, deckUrl, below, from, to, exact = false } = request;
  // As the talk reads it: looks, and steps (a code walk scrolls in its box rather than shrink the slide).
  const deck = await withExtras(parseDeck(source), source, deckUrl);
  const links = parseLinkDefinitions(deck.linkDefinitions);
  const size = CANVAS[deck.meta.ratio];
  const host = document.createElement('div');
  host.style.cssText = HIDDEN;
  host.setAttribute('aria-hidden', 'true');
  // Closed: the page's own queries (and a test's `lectern-slide[current]`) never find these slides.
  const stage: Stage = { host, root: host.attachShadow({ mode: 'closed' }), ...size };
  document.body.append(host);
  const shrunk: ShrunkSlide[] = [];
  const shown = deck.slides.slice(from, to);
  for (let at = 0; at < shown.length; at += BATCH) {
    const batch = shown.slice(at, at + BATCH).filter((s) => s.markdown.trim() !== '' && s.markdown.length <= SLIDE_SOURCE_CAP);
    const html = await renderAll(batch, links);
    const plain = exact ? [] : batch.filter((s) => !RAW_HTML.test(s.markdown));
    const fine = await surelyFit(plain, html, deckUrl, below, stage);
    stage.root.replaceChildren();
    const scales = await exactScales(batch.filter((s) => !fine.has(s.index)), html, deckUrl, stage);
    stage.root.replaceChildren();
    for (const [index, scale] of scales) if (scale < below) shrunk.push({ index, scale });
    progress(Math.min(at + BATCH, shown.length));
  }
  host.remove();
  return shrunk.sort((a, b) => a.index - b.index);
}

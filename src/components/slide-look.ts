import type { Deck, Slide } from '../deck/types';
import { withLooks as looks } from '../deck/slide-looks';
import { isMarpDeck } from '../deck/marp-deck';
import { COLUMN_BREAK_CLASS } from '../deck/slide-directives';
import { COLUMN_END_CLASS, COLUMN_START_CLASS } from '../deck/slide-slots';
import { layoutStyles } from '../styles/layout-styles';
import { remarkStyles } from '../styles/remark-styles';
import { LecternSlide } from './lectern-slide';
import { setTransition } from './slide-arrival';
import { giveHalf } from './slide-half';

// One chunk for a deck with looks: what the deck means, and how its slides are dressed.
/** The deck's looks; a Marp deck's own parts come in a chunk of their own (marp-look.ts), loaded only for one. */
export function withLooks(deck: Deck, source: string, deckUrl: string): Deck | Promise<Deck> {
  return isMarpDeck(source) ? import('./marp-look').then((marp) => looks(deck, source, deckUrl, marp)) : looks(deck, source, deckUrl);
}
// Hidden slides and slide ids ride along: a chunk of their own would cost the first load another file name.
export { shownSlides } from '../deck/shown-slides';
// Slidev's `src:` imports too: a deck that imports slides almost always gives them layouts.
export { withImports } from '../load/deck-imports';
// And remark's rewrite of a deck's text (`<!-- break -->`, a deck indented as a whole): remark decks have looks.
export { remarkSource } from '../deck/remark-source';

export type SlideLook = Pick<Slide, 'classes' | 'layout' | 'background' | 'steps' | 'transition'> & Partial<Pick<Slide, 'index' | 'marp'>>;

/** The classes each slide was given last, to take off when its look changes. */
const given = new WeakMap<HTMLElement, string[]>();

/** `rgb(r, g, b)` → whether it is dark enough to need light text; undefined for what cannot be read. */
function isDark(colour: string): boolean | undefined {
  const [r, g, b, a] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  if (!colour.startsWith('rgb') || r === undefined || g === undefined || b === undefined || a === 0) return undefined;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 140;
}

/** Everything before the break in the first column, after it in the second; headings that open the slide span both. */
function splitColumns(box: HTMLElement): void {
  const rule = [...box.children].find((child) => child.matches(`hr.${COLUMN_BREAK_CLASS}`));
  if (!rule) return;
  const [head, left, right, foot] = ['column-head', 'column', 'column', 'column-head'].map((name) => {
    const part = document.createElement('div');
    part.className = name;
    return part;
  }) as [HTMLDivElement, HTMLDivElement, HTMLDivElement, HTMLDivElement];
  // Slidev's two-cols-header: all before its `::left::` is the head; `::bottom::` is a foot across both columns.
  const start = box.querySelector(`:scope > hr.${COLUMN_START_CLASS}`);
  let into = head;
  for (const node of [...box.childNodes]) {
    if (node === rule) into = right;
    else if (node === start) into = left;
    else if (node instanceof Element && node.matches(`hr.${COLUMN_END_CLASS}`)) into = foot;
    else if (node instanceof Element && node.classList.contains('inline-notes')) continue;
    else {
      if (!start && into === head && node instanceof Element && !/^H[1-3]$/.test(node.tagName)) into = left;
      into.append(node);
    }
  }
  start?.remove();
  rule.remove();
  box.querySelector(`:scope > hr.${COLUMN_END_CLASS}`)?.remove();
  box.prepend(...(head.childNodes.length > 0 ? [head] : []), left, right, ...(foot.childNodes.length > 0 ? [foot] : []));
}

/**
 * Gives a slide its classes, layout and background. The classes go on the
 * host, where `:host(.name)` in the slide and `lectern-slide.name` in the page
 * can reach them; the background through the CSSOM, which takes one value and
 * can never be led into a second declaration.
 */
export function dressSlide(host: LecternSlide, box: HTMLElement, look: SlideLook | undefined): void {
  const root = host.shadowRoot;
  if (root && !root.adoptedStyleSheets.includes(layoutStyles)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, layoutStyles, remarkStyles];
  host.classList.remove(...(given.get(host) ?? []));
  const classes = look?.classes ?? [];
  host.classList.add(...classes);
  given.set(host, classes);
  if (look?.layout) {
    host.setAttribute('layout', look.layout);
    host.titleSlide = look.layout === 'title';
  } else host.removeAttribute('layout');
  if (look?.layout === 'two-columns') splitColumns(box);
  const { color, image: picture, size, position } = look?.background ?? {};
  // remark's size and position are for the image, the second layer: the veil over it still covers the whole slide.
  host.style.backgroundSize = size ? `auto, ${size}` : '';
  host.style.backgroundPosition = position ? `0 0, ${position}` : '';
  host.style.backgroundRepeat = size || position ? 'no-repeat' : '';
  // Slidev's image-left / image-right: the image takes that half of the slide, the content the other half.
  const side = look?.layout?.startsWith('image-') ? picture : undefined;
  const image = side ? undefined : picture;
  host.style.setProperty('--lectern-side-image', side ? `url(${JSON.stringify(side)})` : null);
  giveHalf(host, box, side ? (look?.layout === 'image-left' ? 'left' : 'right') : undefined, 0.5, 48);
  host.style.backgroundColor = color ?? '';
  host.style.backgroundImage = image ? `linear-gradient(var(--lectern-scrim, rgb(0 0 0 / 45%)) 0 0), url(${JSON.stringify(image)})` : '';
  host.toggleAttribute('background-image', image !== undefined);
  setTransition(host, look?.transition);
  const dark = color === undefined ? undefined : isDark(getComputedStyle(host).backgroundColor);
  if (dark === undefined) host.removeAttribute('background-tone');
  else host.setAttribute('background-tone', dark ? 'dark' : 'light');
  LecternSlide.marp?.(host, box, look);
}

LecternSlide.dress = dressSlide;

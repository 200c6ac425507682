import type { Slide } from '../deck/types';
import { COLUMN_BREAK_CLASS } from '../deck/slide-directives';
import { layoutStyles } from '../styles/layout-styles';
import { LecternSlide } from './lectern-slide';

// One chunk for a deck with looks: what the deck means, and how its slides are dressed.
export { withLooks } from '../deck/slide-looks';
// Hidden slides and slide ids ride along: a chunk of their own would cost the first load another file name.
export { shownSlides } from '../deck/shown-slides';

export type SlideLook = Pick<Slide, 'classes' | 'layout' | 'background' | 'steps'>;

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
  const head = document.createElement('div');
  const left = document.createElement('div');
  const right = document.createElement('div');
  head.className = 'column-head';
  left.className = right.className = 'column';
  let into = head;
  for (const node of [...box.childNodes]) {
    if (node === rule) into = right;
    else if (node instanceof Element && node.classList.contains('inline-notes')) continue;
    else {
      if (into === head && node instanceof Element && !/^H[1-3]$/.test(node.tagName)) into = left;
      into.append(node);
    }
  }
  rule.remove();
  box.prepend(...(head.childNodes.length > 0 ? [head] : []), left, right);
}

/**
 * Gives a slide its classes, layout and background. The classes go on the
 * host, where `:host(.name)` in the slide and `lectern-slide.name` in the page
 * can reach them; the background through the CSSOM, which takes one value and
 * can never be led into a second declaration.
 */
export function dressSlide(host: LecternSlide, box: HTMLElement, look: SlideLook | undefined): void {
  const root = host.shadowRoot;
  if (root && !root.adoptedStyleSheets.includes(layoutStyles)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, layoutStyles];
  host.classList.remove(...(given.get(host) ?? []));
  const classes = look?.classes ?? [];
  host.classList.add(...classes);
  given.set(host, classes);
  if (look?.layout) {
    host.setAttribute('layout', look.layout);
    host.titleSlide = look.layout === 'title';
  } else host.removeAttribute('layout');
  if (look?.layout === 'two-columns') splitColumns(box);
  const { color, image } = look?.background ?? {};
  host.style.backgroundColor = color ?? '';
  host.style.backgroundImage = image ? `linear-gradient(var(--lectern-scrim, rgb(0 0 0 / 45%)) 0 0), url(${JSON.stringify(image)})` : '';
  host.toggleAttribute('background-image', image !== undefined);
  const dark = color === undefined ? undefined : isDark(getComputedStyle(host).backgroundColor);
  if (dark === undefined) host.removeAttribute('background-tone');
  else host.setAttribute('background-tone', dark ? 'dark' : 'light');
}

LecternSlide.dress = dressSlide;

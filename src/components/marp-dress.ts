import type { Slide } from '../deck/types';
import { MARP_FIT, MARP_FOOTER, MARP_HEADER } from '../deck/marp-slide';
import { marpStyles } from '../styles/marp-styles';
import type { LecternSlide } from './lectern-slide';
import { deckSheet, styleSections } from './marp-sections';
import { giveHalf } from './slide-half';

export type MarpLook = Partial<Pick<Slide, 'index' | 'marp'>>;

/** What a slide was given last, to take away when it is dressed again. */
interface Given {
  /** The box's first node once dressed: the same node means the same content (only the look changed). */
  content: Node | null;
  /** The header and footer, moved out of the box. */
  moved: Element[];
  fits?: ResizeObserver;
  /** The deck's global style sheet it was given. */
  sheet?: CSSStyleSheet | undefined;
}
const given = new WeakMap<HTMLElement, Given>();

function element(className: string): HTMLDivElement {
  const div = document.createElement('div');
  div.className = `lectern-marp ${className}`;
  return div;
}

/**
 * `color:` on the content and what is moved out of it, not on the slide: the
 * slide's own text colour stays the theme's, for code on its own background.
 */
function colour(host: LecternSlide, box: HTMLElement, around: Element[], value: string | undefined): void {
  for (const name of ['--lectern-text', '--lectern-heading', 'color']) {
    if (value) box.style.setProperty(name, value);
    else box.style.removeProperty(name);
  }
  for (const node of around) if (node instanceof HTMLElement) node.style.color = value ?? '';
  host.toggleAttribute('marp-color', value !== undefined);
}

/** `![bg]` images behind the content, side by side (or stacked), over the whole slide or one side of it. */
function backgrounds(box: HTMLElement, marp: NonNullable<Slide['marp']>): void {
  const images = marp.backgrounds ?? [];
  if (images.length === 0) return;
  const layer = element('lectern-marp-bg');
  layer.classList.toggle('vertical', marp.vertical === true);
  for (const image of images) {
    const part = document.createElement('div');
    part.style.backgroundImage = `url(${JSON.stringify(image.url)})`;
    if (image.size) part.style.backgroundSize = image.size;
    if (image.filter) part.style.filter = image.filter;
    layer.append(part);
  }
  const { split } = marp;
  if (split) layer.style[split.side === 'left' ? 'right' : 'left'] = `${100 - split.size}%`;
  box.before(layer);
}

/** `# <!-- fit --> Title`: the heading's font grows or shrinks until its one line spans the content's width. */
function fitHeadings(host: LecternSlide, box: HTMLElement): ResizeObserver | undefined {
  const lines: HTMLElement[] = [];
  for (const marker of box.querySelectorAll(`.${MARP_FIT}`)) {
    const heading = marker.closest('h1, h2, h3, h4, h5, h6');
    marker.remove();
    if (!(heading instanceof HTMLElement)) continue;
    const line = document.createElement('span');
    line.className = 'lectern-fit-line';
    line.append(...heading.childNodes);
    heading.append(line);
    heading.classList.add('lectern-fitted');
    lines.push(line);
  }
  if (lines.length === 0) return undefined;
  const size = (line: HTMLElement): void => {
    const heading = line.parentElement;
    if (!heading || line.offsetWidth === 0) return;
    const style = getComputedStyle(host);
    const room = host.width - 2 * (parseFloat(style.getPropertyValue('--lectern-slide-padding-x')) || 72);
    const tall = host.height - 2 * (parseFloat(style.getPropertyValue('--lectern-slide-padding-y')) || 56);
    const font = parseFloat(getComputedStyle(heading).fontSize);
    // At most as tall as the room, so one short word does not fill the screen.
    const wanted = Math.min((font * room) / line.offsetWidth, tall / 1.2);
    if (Math.abs(wanted - font) > 0.5) {
      heading.style.fontSize = `${wanted}px`;
      host.requestUpdate('width', 0);
    }
  };
  lines.forEach(size);
  // A font that arrives later changes the line's width: size it again.
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => size(entry.target as HTMLElement)));
  lines.forEach((line) => observer.observe(line));
  return observer;
}

/** Dresses a slide of a Marp deck: backgrounds, split, header, footer, page number, colour, fitted headings, `section` styles. */
export function dressMarp(host: LecternSlide, box: HTMLElement, look: MarpLook | undefined): void {
  const root = host.shadowRoot;
  if (!root) return;
  const before = given.get(host);
  const sameContent = before !== undefined && before.content === box.firstChild;
  // (`:scope` means nothing in a shadow root: its own children are found by their parent.)
  for (const node of root.querySelectorAll('.lectern-marp:not(.moved)')) if (node.parentNode === root) node.remove();
  if (!sameContent) before?.moved.forEach((node) => node.remove());
  const marp = look?.marp;
  if (!marp) {
    if (before) colour(host, box, [], undefined);
    before?.fits?.disconnect();
    if (before?.sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== before.sheet);
    given.delete(host);
    return;
  }
  if (!root.adoptedStyleSheets.includes(marpStyles)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, marpStyles];
  // The deck's global `<style>`: one sheet for every slide, put in once (a new one after an edit replaces it).
  const sheet = marp.style && deckSheet(marp.style);
  const old = before?.sheet;
  if (old !== sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== old), ...(sheet ? [sheet] : [])];
  backgrounds(box, marp);
  // dressSlide gave the content the whole slide (or a Slidev side image its half) just before: a split takes over.
  if (marp.split) giveHalf(host, box, marp.split.side, marp.split.size / 100);
  const moved = sameContent ? before.moved : [...box.querySelectorAll(`.${MARP_HEADER}, .${MARP_FOOTER}`)];
  for (const node of moved) node.classList.add('lectern-marp', 'moved');
  box.before(...moved);
  const around = [...moved];
  if (marp.paginate) {
    const page = element('lectern-marp-page');
    page.textContent = String((look.index ?? 0) + 1);
    box.before(page);
    around.push(page);
  }
  colour(host, box, around, marp.color);
  styleSections(box);
  const fits = sameContent ? before.fits : (before?.fits?.disconnect(), fitHeadings(host, box));
  given.set(host, { content: box.firstChild, moved, sheet, ...(fits ? { fits } : {}) });
}

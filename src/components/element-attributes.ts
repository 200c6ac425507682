import { decodeAttributes, type AttributeList } from '../deck/element-attributes';
import { sanitize } from '../render/sanitize';

/**
 * Gives reveal.js `<!-- .element: … -->` attributes (src/deck/element-attributes.ts)
 * to their element, each sanitized again here: the marker's value is data
 * that went through the sanitizer unread.
 */
const ONLY_ATTRIBUTES = 'span[data-lectern-attrs]:not([data-lectern-step])';
const MARKERS = 'span[data-lectern-attrs], span[data-lectern-step]';
const NAME = /^[a-z][a-z0-9_.:-]*$/i;
/** URLs would need the deck's address to resolve; images and links come from the Markdown. Our own markers neither. */
const NEVER = /^(href|src|srcset|poster|xlink:href|target|rel|data-lectern-.*|data-fragment-index|data-line-numbers)$/i;
/** A deck's own `data-*` attribute: inert text, for its stylesheet to select on (the sanitizer drops them in raw HTML). */
const DATA = /^data-[a-z0-9][a-z0-9_.-]*$/i;
/** Nothing in an inline style may fetch or run: no `url()` (nor `image()`, `image-set()`), no old IE `expression()`. */
const FETCHES = /url\(|image(-set)?\(|expression\(|-moz-binding|behavior/i;

const quote = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The pairs the sanitizer keeps, on a neutral element: what it would let a deck write in raw HTML. */
function sanitized(list: AttributeList): Element | null {
  const written = list.filter(([name]) => NAME.test(name)).map(([name, value]) => ` ${name}="${quote(value)}"`);
  const template = document.createElement('template');
  template.innerHTML = sanitize(`<span${written.join('')}></span>`, { deckUrl: '', styles: false });
  return template.content.firstElementChild;
}

/** Each declaration that fetches nothing, as CSS text. */
function safeStyle(text: string): string {
  const probe = document.createElement('span').style;
  probe.cssText = text;
  for (const property of Array.from(probe)) if (FETCHES.test(probe.getPropertyValue(property))) probe.removeProperty(property);
  return FETCHES.test(probe.cssText) ? '' : probe.cssText;
}

/** Gives `target` the attributes of one marker's value; classes add to the element's own, an id only if unused in the slide. */
export function giveAttributes(target: Element, value: string): void {
  const list = decodeAttributes(value);
  const clean = sanitized(list);
  for (const [name, text] of list) if (DATA.test(name) && !NEVER.test(name)) target.setAttribute(name.toLowerCase(), text);
  for (const { name, value: text } of clean?.attributes ?? []) {
    if (NEVER.test(name)) continue;
    if (name === 'class') target.classList.add(...text.split(/\s+/).filter((c) => /^[\w-]+$/.test(c)));
    else if (name === 'style' && target instanceof HTMLElement) target.style.cssText += `;${safeStyle(text)}`;
    else if (name === 'id') {
      const root = target.getRootNode();
      const taken = root instanceof ShadowRoot || root instanceof Document ? root.getElementById(text) : null;
      if (!taken && /^[A-Za-z][\w-]*$/.test(text)) target.id = text;
    } else if (name !== 'style') target.setAttribute(name, text);
  }
}

/** The element before the marker, as reveal.js finds it; undefined for none in the slide. */
function elementBefore(marker: Element, box: HTMLElement): Element | undefined {
  let before = marker.previousElementSibling;
  while (before && (before.localName === 'br' || before.matches(MARKERS))) before = before.previousElementSibling;
  const holder = marker.parentElement;
  let target: Element | null | undefined = before ?? holder;
  // A comment on a line of its own, after a blank line, is a paragraph of its own here; in reveal.js it follows the block before.
  const alone = !before && holder !== null && holder !== box && holder.localName === 'p' && holder.textContent?.trim() === '' && [...holder.children].every((child) => child.matches(MARKERS));
  if (alone) {
    target = holder.previousElementSibling;
    if (holder.children.length === 1) holder.remove();
  }
  // After a list: its last item (reveal.js's rule).
  if (target && (target.localName === 'ul' || target.localName === 'ol')) target = target.lastElementChild ?? target;
  return target && target !== box && box.contains(target) ? target : undefined;
}

/** Moves every attribute-only marker's attributes onto its element, and takes the markers out. */
export function giveElementAttributes(box: HTMLElement): void {
  for (const marker of box.querySelectorAll(ONLY_ATTRIBUTES)) {
    const target = elementBefore(marker, box);
    if (target) giveAttributes(target, marker.getAttribute('data-lectern-attrs') ?? '');
    marker.remove();
  }
}

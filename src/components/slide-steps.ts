import { adoptInSlides } from '../themes/slide-sheets';
import { stepStyles } from '../styles/step-styles';
import { codeWalkStyles } from '../styles/code-walk-styles';
import { LecternSlide } from './lectern-slide';
import { showCodeStep } from './code-steps';
import { giveAttributes, giveElementAttributes } from './element-attributes';
import { fragmentStyles } from '../styles/fragment-styles';
import { CLICK_CLASS, CLICK_HIDE_CLASS } from '../deck/step-clicks';

// One chunk for a deck with steps: what the deck means (src/deck/slide-steps.ts), and how its slides build up.
export { withSteps } from '../deck/slide-steps';

const MARKER = 'span[data-lectern-step]';
/** The element a marker stands in: an item of a list or a row of a table before the paragraph around it. */
const ITEM = 'li, dt, dd, tr';
const NOTES = '.inline-notes';
const BLOCK = 'p, h1, h2, h3, h4, h5, h6, blockquote, pre, table, figure, details, div';

/** A paragraph that holds nothing but markers: the line a marker had to itself in the Markdown. */
const onlyMarkers = (element: Element): boolean =>
  element.localName === 'p' && element.textContent?.trim() === '' && [...element.children].every((child) => child.matches(MARKER));

function reveal(element: Element | null | undefined, step: number): void {
  if (!element) return;
  const shows = Number(element.getAttribute('data-lectern-shows') ?? 0);
  if (step > shows) element.setAttribute('data-lectern-shows', String(step));
}

/**
 * Turns the parser's markers into `data-lectern-shows="J"` on what they reveal,
 * once per placement. A plain marker reveals the item or block it sits in (or,
 * alone on its line, the element before it); one with `data-lectern-from`
 * reveals that and everything after it on the slide (alone: from the element after it).
 */
function prepare(box: HTMLElement, steps: number): void {
  for (const marker of box.querySelectorAll<HTMLElement>(MARKER)) {
    const step = Number(marker.getAttribute('data-lectern-step'));
    const from = marker.hasAttribute('data-lectern-from');
    const holder = marker.parentElement;
    let target: Element | null | undefined;
    // Slidev's clicks (step-clicks.ts): the element the click was.
    if (holder?.matches(`.${CLICK_CLASS}`)) target = holder;
    else if (holder && onlyMarkers(holder)) {
      target = from ? holder.nextElementSibling : holder.previousElementSibling;
      if (holder.children.length === 1) holder.remove();
    } else {
      target = marker.closest(ITEM) ?? marker.closest(BLOCK);
      if (target && !box.contains(target)) target = undefined;
    }
    marker.remove();
    // Past the slide's steps: a marker the deck wrote by hand, which would hide the rest of the slide for good.
    if (!Number.isSafeInteger(step) || step < 1 || step > steps || !target || target === box) continue;
    reveal(target, step);
    // reveal.js: a fragment's other attributes (its style among them) go to what it reveals.
    const given = marker.getAttribute('data-lectern-attrs');
    if (given) giveAttributes(target, given);
    if (!from) continue;
    for (let at: Element | null = target; at && at !== box; at = at.parentElement) {
      // Landslide `.notes:` lines shown with key 2 come after the slide's content, and are not part of its build.
      for (let next = at.nextElementSibling; next; next = next.nextElementSibling) if (!next.matches(NOTES)) reveal(next, step);
    }
  }
}

/**
 * Shows a slide's content box as it is at `step` of its `steps` (Infinity: all of it, as the overview and
 * print do); true when its size changed.
 */
export function showStep(box: HTMLElement, step: number, steps: number, stepped = false): boolean {
  giveElementAttributes(box);
  if (box.querySelector(MARKER)) prepare(box, steps);
  for (const element of box.querySelectorAll('[data-lectern-shows]')) {
    const shows = Number(element.getAttribute('data-lectern-shows'));
    // Slidev's `v-click.hide`: there until its click, then gone.
    element.classList.toggle('lectern-later', element.matches(`.${CLICK_HIDE_CLASS}`) ? shows <= step : shows > step);
    // For reveal.js's fragment styles (fragment-styles.ts): reached, and reached at this very step. Never in the whole slide of the overview.
    element.classList.toggle('lectern-reached', Number.isFinite(step) && shows <= step);
    element.classList.toggle('lectern-now', shows === step);
  }
  return showCodeStep(box, step, stepped);
}

adoptInSlides(stepStyles);
adoptInSlides(codeWalkStyles);
adoptInSlides(fragmentStyles);
LecternSlide.stepper = showStep;

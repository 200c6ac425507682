/**
 * Slidev's clicks as build-up units: `<v-click>…</v-click>` (its content is
 * one step), an element with a `v-click` attribute, `<v-after>` (with the
 * click before it), `hide` / `v-click.hide` (hidden from its click on),
 * `at="3"` (at that click, not counted), and `<v-clicks>` around a list
 * (each item a step; `depth="2"` nested items too; `every="2"` items a step).
 *
 * The Vue tags become plain elements with the class `lectern-click` and a
 * step marker inside, which the DOM pass reads as "reveal this element"; the
 * `<v-clicks>` lines become blank lines. Markdown inside a block `<v-click>`
 * renders when blank lines stand around it, as Slidev asks.
 */
import { endOf, listItem } from './step-lines';
import type { SlideUnits, Unit } from './step-marks';

/** What a slide's clicks need to know from one line to the next. */
export interface ClickState {
  /** The element each open `<v-click>` / `<v-after>` became, innermost last. */
  open: string[];
  /** Inside `<v-clicks>`: how deep items step, how many share a step, and the indents of the items seen. */
  list?: { depth: number; every: number; count: number; indents: number[] };
}

export const CLICK_CLASS = 'lectern-click';
export const CLICK_HIDE_CLASS = 'lectern-click-hide';

// Every pattern is bounded (attributes, quoted values), so that one long line cannot freeze the tab.
const ATTRIBUTES = `((?:[^>"']|"[^"]{0,500}"|'[^']{0,500}'){0,200})`;
const TAG = new RegExp(`<(\\/?)v-(clicks?|after)\\b${ATTRIBUTES}>`, 'gi');
/** Any element; its attributes are then searched for `v-click` (CLICK_ATTRIBUTE). */
const ELEMENT = new RegExp(`<([a-z][\\w-]{0,100})\\b${ATTRIBUTES}>`, 'gi');
/** A quoted value (passed over) or `v-click` / `v-after`, with `.hide` and a value. */
const CLICK_ATTRIBUTE = /("[^"]*"|'[^']*')|\s(v-(?:click|after))(?![\w-])(\.hide)?(?:[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'))?/gi;
const VOID = /^(img|br|hr|input|source|track|wbr|area|col|embed)$/i;
const ONLY_TAGS = new RegExp(`^[ \\t]*(<\\/?v-clicks\\b${ATTRIBUTES}>[ \\t]*)+$`, 'i');
/** `at="N"` beyond this is read as this: a slide of a hundred clicks is already more than a talk has. */
export const MAX_AT = 100;

const marker = (unit: Unit): string => `<span data-lectern-step="${unit.step}"></span>`;

function option(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:[ \\t]*=[ \\t]*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** A unit for a click; `after`: with the unit before it; `at`: at that click. */
function clickUnit(found: SlideUnits, pos: number, after: boolean, at: string | undefined): Unit {
  const unit: Unit = { pos, step: 0 };
  const fixed = Number(at);
  if (after) unit.after = found.units[found.units.length - 1] ?? null;
  else if (at !== undefined && /^\d+$/.test(at.trim()) && fixed > 0) unit.at = Math.min(fixed, MAX_AT);
  found.units.push(unit);
  return unit;
}

const classes = (hide: boolean): string => (hide ? `${CLICK_CLASS} ${CLICK_HIDE_CLASS}` : CLICK_CLASS);

/** Clicks on line i of a slide (`masked`: the line without code spans); true when it had any. */
export function clickUnits(found: SlideUnits, state: ClickState, line: string, masked: string, i: number, pos: number): boolean {
  let any = false;
  if (state.list) listClick(found, state, line, i, pos);
  if (!/<\/?v-|\sv-(click|after)\b/i.test(masked)) return false;
  // The line stands alone: the element is a block, so the Markdown after it (past a blank line) is inside it.
  const alone = masked.replace(TAG, '').trim() === '';
  for (const tag of masked.matchAll(TAG)) {
    any = true;
    const [whole, closing, kind = '', attributes = ''] = tag;
    const start = tag.index;
    const end = start + whole.length;
    if (kind.toLowerCase() === 'clicks') {
      state.list = closing ? undefined : { depth: Number(option(attributes, 'depth')) || 1, every: Number(option(attributes, 'every')) || 1, count: 0, indents: [] };
      found.splices.push({ line: i, start, end, text: () => '' });
      continue;
    }
    if (closing) {
      const element = state.open.pop() ?? 'span';
      found.splices.push({ line: i, start, end, text: () => `</${element}>` });
      continue;
    }
    const element = alone ? 'div' : 'span';
    state.open.push(element);
    const hide = option(attributes, 'hide') !== undefined;
    const unit = clickUnit(found, pos + start, kind.toLowerCase() === 'after', option(attributes, 'at'));
    found.splices.push({ line: i, start, end, text: () => `<${element} class="${classes(hide)}">${marker(unit)}` });
  }
  for (const tag of masked.matchAll(ELEMENT)) {
    const [whole, name = '', written = ''] = tag;
    if (!/v-(click|after)/i.test(written)) continue;
    // `<img v-click />`, `<arrow v-click />`: no marker can go inside, so a span around it is what appears.
    const empty = VOID.test(name) || /\/[ \t]*$/.test(written);
    const all = written.replace(/\/[ \t]*$/, '');
    const click = [...all.matchAll(CLICK_ATTRIBUTE)].find((m) => m[2] !== undefined);
    if (!click) continue;
    const [attribute, , kind = '', hide, value1, value2] = click;
    const before = all.slice(0, click.index);
    const after = all.slice(click.index + attribute.length);
    any = true;
    const unit = clickUnit(found, pos + tag.index, kind.toLowerCase() === 'v-after', value1 ?? value2);
    let attributes = `${before} ${after}`;
    if (empty) {
      // A Vue component that closes itself (`<arrow … />`) draws nothing here; the click still counts.
      const element = VOID.test(name) ? `<${name}${attributes.replace(/\s+/g, ' ').trimEnd()}>` : '';
      found.splices.push({ line: i, start: tag.index, end: tag.index + whole.length, text: () => `<span class="${classes(hide !== undefined)}">${marker(unit)}${element}</span>` });
      continue;
    }
    const cls = /\sclass[ \t]*=[ \t]*(["'])/i.exec(attributes);
    attributes = cls ? attributes.replace(cls[0], `${cls[0]}${classes(hide !== undefined)} `) : `${attributes} class="${classes(hide !== undefined)}"`;
    found.splices.push({ line: i, start: tag.index, end: tag.index + whole.length, text: () => `<${name}${attributes.replace(/\s+/g, ' ').trimEnd()}>${marker(unit)}` });
  }
  // A line of nothing but `<v-clicks>`: as an HTML block of its own it would swallow the list after it.
  if (ONLY_TAGS.test(masked)) found.markers.set(i, '');
  return any;
}

/** Inside `<v-clicks>`: a list item at most `depth` deep is a step, `every` items at a time. */
function listClick(found: SlideUnits, state: ClickState, line: string, i: number, pos: number): void {
  const list = state.list;
  const item = listItem(line);
  if (!list || !item || item.text.trim() === '') return;
  const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
  while (list.indents.length > 0 && (list.indents[list.indents.length - 1] ?? 0) > indent) list.indents.pop();
  if (list.indents[list.indents.length - 1] !== indent) list.indents.push(indent);
  if (list.indents.length > list.depth) return;
  const unit = clickUnit(found, pos, list.count++ % list.every !== 0, undefined);
  const at = endOf(line);
  found.splices.push({ line: i, start: at, end: at, text: () => marker(unit) });
}

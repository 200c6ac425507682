/**
 * How each build-up unit is marked in a slide's Markdown: edits that write
 * the unit's step number once numbering (slide-steps.ts) has set it.
 */
import type { LineKind } from './block-scanner';
import { endOf, isBlank, isHeading, listItem, takesSpan } from './step-lines';
import { encodeAttributes } from './element-attributes';

export interface Unit {
  /** Document order. */
  pos: number;
  /** reveal.js `data-fragment-index`. */
  index?: number;
  /** Set by numbering: the step at which the unit shows. */
  step: number;
  /** Slidev's `<v-after>`: shows with that unit (null: from the start), and is no step of its own. */
  after?: Unit | null;
  /** Slidev's `at="3"`: shows at that step, and is not counted. */
  at?: number;
}

/** Replaces `start`..`end` of a line with text written once steps are numbered. */
export interface Splice {
  line: number;
  start: number;
  end: number;
  text: () => string;
}

export interface SlideUnits {
  units: Unit[];
  splices: Splice[];
  /** Lines to insert before a line, by its number. */
  inserts: Map<number, () => string[]>;
  /** Marker lines: replaced by a blank line (''), or dropped (undefined). */
  markers: Map<number, string | undefined>;
}

/** The slide being read: its lines, their kinds, and which are step markers. */
export interface SlideLines {
  lines: string[];
  kinds: LineKind[];
  /** Markdown text: not fenced, not in a comment, not indented code. */
  isText: (i: number) => boolean;
  isMarker: (i: number) => boolean;
}

const ELEMENT_COMMENT = /<!--[ \t]*\.element:?([\s\S]*?)-->/g;
const ATTRIBUTE = /([\w-]+)[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const ONLY_COMMENT = /^[ \t]*<!--[\s\S]*-->[ \t]*$/;

const span = (unit: Unit, from = false): string => `<span data-lectern-step="${unit.step}"${from ? ' data-lectern-from' : ''}></span>`;

function attributes(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name = '', ...values] of text.matchAll(ATTRIBUTE)) found[name.toLowerCase()] = values.find((v) => v !== undefined) ?? '';
  return found;
}

/** An element unit: a span at the end of the line, where it lands in the item or paragraph the line starts. */
export function elementUnit(found: SlideUnits, line: string, i: number, pos: number): void {
  const unit: Unit = { pos, step: 0 };
  const at = endOf(line);
  found.units.push(unit);
  found.splices.push({ line: i, start: at, end: at, text: () => span(unit) });
}

/**
 * reveal.js `<!-- .element: … -->` comments (read on `masked`, the line without code spans), each replaced by its span:
 * a step for `class="fragment"`, else only the attributes (element-attributes.ts); whether any fragment was found.
 */
export function fragmentUnits(found: SlideUnits, line: string, masked: string, i: number, pos: number): boolean {
  let any = false;
  if (!masked.includes('.element')) return false;
  for (const comment of masked.matchAll(ELEMENT_COMMENT)) {
    const end = comment.index + comment[0].length;
    const attrs = attributes(line.slice(comment.index, end));
    // Its other attributes (a fragment's style among them) ride on its span, for the DOM pass to give the element.
    const classes = (attrs.class ?? '').split(/\s+/).filter(Boolean);
    const others = classes.filter((name) => name !== 'fragment');
    const given = encodeAttributes({ ...attrs, ...(attrs.class === undefined ? {} : { class: others.join(' ') }) });
    const carried = given && ` data-lectern-attrs="${given}"`;
    if (others.length === classes.length) {
      found.splices.push({ line: i, start: comment.index, end, text: () => (carried ? `<span${carried}></span>` : '') });
      continue;
    }
    const index = Number.parseInt(attrs['data-fragment-index'] ?? '', 10);
    const unit: Unit = { pos: pos + comment.index, step: 0, ...(Number.isNaN(index) ? {} : { index }) };
    found.units.push(unit);
    found.splices.push({ line: i, start: comment.index, end, text: () => span(unit).replace('><', `${carried}><`) });
    any = true;
  }
  return any;
}

/** Groups 2..k of a stepped code block are units; the first group shows with the block, at `base`'s step (0 without one). */
export function codeUnits(found: SlideUnits, pos: number, groups: number[][], base: Unit | undefined, place: Omit<Splice, 'text' | 'end'> & { write: (steps: string) => string }): void {
  if (groups.length < 2) return;
  const units = groups.slice(1).map((_, g): Unit => ({ pos: pos + 1 + g, step: 0 }));
  found.units.push(...units);
  const steps = (): string => [base?.step ?? 0, ...units.map((u) => u.step)].join(',');
  found.splices.push({ line: place.line, start: place.start, end: place.start, text: () => place.write(steps()) });
}

/** A `<!-- step -->` or `--` marker at line i: everything after it is one unit, marked on the next line that shows something. */
export function fromUnit(found: SlideUnits, slide: SlideLines, i: number): Unit | undefined {
  const { lines, kinds, isText, isMarker } = slide;
  const before = lines[i - 1];
  const next = lines[i + 1];
  // Two paragraph lines stay apart (a blank line in the marker's place); a tight list stays tight.
  const joins = before !== undefined && next !== undefined && !isBlank(before) && !isBlank(next) && !isHeading(before) && !(listItem(before) && listItem(next));
  found.markers.set(i, joins ? '' : undefined);
  let j = i + 1;
  const skipped = (line: string): boolean => isBlank(line) || (!isMarker(j) && (ONLY_COMMENT.test(line) || kinds[j] === 'comment'));
  while (j < lines.length && skipped(lines[j] ?? '')) j++;
  const target = lines[j];
  if (target === undefined || isMarker(j)) return undefined;
  const unit: Unit = { pos: i * 1e6, step: 0 };
  found.units.push(unit);
  if (isText(j) && takesSpan(target, lines[j + 1] ?? '')) {
    const at = endOf(target);
    found.splices.push({ line: j, start: at, end: at, text: () => span(unit, true) });
  } else {
    const indent = /^ {0,3}/.exec(target)?.[0] ?? '';
    const earlier = found.inserts.get(j);
    found.inserts.set(j, () => [...(earlier?.() ?? []), '', indent + span(unit, true), '']);
  }
  return unit;
}

/**
 * Finds the build-up units of one slide's Markdown, in document order, and
 * marks each one (step-marks.ts). Nothing inside a fence, a comment or an
 * indented code block counts, at the top or in a list item or blockquote
 * (step-code.ts); a stepped fence there is marked like one at the top.
 *
 * A `--` line directly under a paragraph line is a setext h2 underline in
 * CommonMark, so there it is a step marker only in a deck that is recognisably
 * remark's (`???` notes, property lines such as `class:` at a slide's top,
 * content classes such as `.red[`); after a blank line, a list item, a heading
 * or at the slide's top it is always a marker.
 */
import { scanBlocks } from './block-scanner';
import { readLineNumbersAttribute, readLineOptions } from './line-ranges';
import { isBlank, isHeading, listItem, maskCode, takesSpan } from './step-lines';
import { slideCode } from './step-code';
import { styleLines } from './style-blocks';
import { clickUnits, type ClickState } from './step-clicks';
import { codeUnits, elementUnit, fragmentUnits, fromUnit, type SlideLines, type SlideUnits, type Unit } from './step-marks';

export interface StepContext {
  remark: boolean;
  /** Every list item is a step: `incremental: true`, or a `build` / `incremental` slide class. */
  incremental: boolean;
  /** `marp: true`: items of `*` and `1)` lists are steps. */
  marp: boolean;
}

const STEP_COMMENT = /^ {0,3}<!--[ \t]*step[ \t]*-->[ \t]*$/i;
const REMARK_MARKER = /^--[ \t]*$/;
const LINE_NUMBERS = /<code\b[^>]*?\sdata-line-numbers\b(?:[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s"'>=]+)))?/gi;

function slideLines(lines: string[], kinds: SlideLines['kinds'], code: boolean[], context: StepContext): SlideLines {
  const isText = (i: number): boolean => kinds[i] === 'text' && !code[i];
  const isMarker = (i: number): boolean => {
    const line = lines[i] ?? '';
    if (!isText(i)) return false;
    if (STEP_COMMENT.test(line)) return true;
    if (!REMARK_MARKER.test(line)) return false;
    const before = lines[i - 1];
    return context.remark || before === undefined || isBlank(before) || listItem(before) !== undefined || isHeading(before) || !isText(i - 1);
  };
  return { lines, kinds, isText, isMarker };
}

export function findUnits(lines: string[], context: StepContext): SlideUnits {
  const { kinds } = scanBlocks(lines);
  const { code, fences } = slideCode(lines, kinds);
  // CSS is no Markdown: a `* { … }` rule is no list item.
  styleLines(lines, kinds).forEach((style, i) => (code[i] ||= style));
  const slide = slideLines(lines, kinds, code, context);
  const found: SlideUnits = { units: [], splices: [], inserts: new Map(), markers: new Map() };
  let lastFrom: Unit | undefined;
  const clicks: ClickState = { open: [] };
  lines.forEach((line, i) => {
    const pos = i * 1e6;
    const info = fences.get(i);
    const groups = info === undefined ? [] : (readLineOptions(info)?.groups ?? []);
    codeUnits(found, pos, groups, lastFrom, { line: i, start: line.trimEnd().length, write: (steps) => ` lectern-steps=${steps}` });
    if (!slide.isText(i)) return;
    if (slide.isMarker(i)) {
      lastFrom = fromUnit(found, slide, i) ?? lastFrom;
      return;
    }
    const masked = maskCode(line);
    // Both run: a line may have a reveal.js fragment and a Slidev click, and a `<v-clicks>` list counts every item.
    const fragments = fragmentUnits(found, line, masked, i, pos);
    const fragment = clickUnits(found, clicks, line, masked, i, pos) || fragments;
    const item = listItem(line);
    const builds = item && (context.incremental || (context.marp && (item.bullet === '*' || item.bullet.endsWith(')'))));
    if (builds && !fragment && takesSpan(line, '')) elementUnit(found, line, i, pos);
    for (const html of masked.includes('data-line-numbers') ? masked.matchAll(LINE_NUMBERS) : []) {
      const groups = readLineNumbersAttribute(html[1] ?? html[2] ?? html[3] ?? '').groups;
      const start = html.index + html[0].length;
      codeUnits(found, pos + start, groups, lastFrom, { line: i, start, write: (steps) => ` data-lectern-code-steps="${steps}"` });
    }
  });
  return found;
}

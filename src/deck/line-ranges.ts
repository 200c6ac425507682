/**
 * Line options of a code block: which lines to highlight at each step, and
 * whether to number them. Slidev writes them in braces after the language
 * (```` ```js {1-2|3|5-9} ````), reveal.js in brackets (```` ```js [712: 1-2|3] ````)
 * or in a `data-line-numbers` attribute.
 */

export interface LineOptions {
  /**
   * Groups of 1-based line numbers, one per step of the block: [[1,2],[3],[5,6,7,8,9]];
   * an empty group (`*`, `all`) means every line; [] when no highlight.
   * Numbers count the block's lines from 1 whatever `start` says: reveal.js
   * highlights `[712: 1-2]` with `tr:nth-child`, so its first two rows.
   */
  groups: number[][];
  /** Show line numbers. */
  numbers: boolean;
  /** First line's number (reveal.js `[712: ...]`), default 1. */
  start: number;
}

/** More lines than any slide shows: a larger range is a typo, not a request to build a huge array. */
const MAX_LINE = 10_000;
/** Line numbers all groups of one block may name together: beyond it the options read as no highlight. */
const MAX_NAMED = 20_000;
/** Steps one block may take. */
const MAX_GROUPS = 200;
const SLIDEV = /\{([^{}]*)\}/;
const SLIDEV_OPTIONS = /\{[^{}]*\blines[ \t]*:[ \t]*true\b[^{}]*\}/;
const START_LINE = /\bstartLine[ \t]*:[ \t]*(\d+)/;
const REVEAL = /\[[ \t]*(?:(\d*)[ \t]*:)?([\s\d,|-]*)\]/;

/** One group's lines, or undefined when it is not a range list or names more than `room` lines in all. */
function readGroup(text: string, room: number): number[] | undefined {
  if (text === '*' || text === 'all') return [];
  const lines = new Set<number>();
  let named = 0;
  for (const part of text.split(',')) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    const first = Number(range?.[1] ?? NaN);
    const last = range?.[2] === undefined ? first : Number(range[2]);
    named += last - first + 1;
    if (!(first >= 1 && last >= first && last <= MAX_LINE && named <= room)) return undefined;
    for (let line = first; line <= last; line++) lines.add(line);
  }
  return [...lines].sort((a, b) => a - b);
}

/** `1-2|3|5-9` as groups, or [] when any group is not a range list. */
function readGroups(text: string): number[][] {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return [];
  const parts = compact.split('|');
  if (parts.length > MAX_GROUPS) return [];
  const groups: number[][] = [];
  let named = 0;
  for (const part of parts) {
    const group = readGroup(part, MAX_NAMED - named);
    if (group === undefined) return [];
    named += group.length;
    groups.push(group);
  }
  return groups;
}

/** Reads a fence's info string after the language: `{1-2|3|5-9}`, `{2,4-6}`, `{lines}`, `{*}`/`{all}`, `[1-2|3]`, `[712: 1-2|3]`, Slidev's `{lines:true,startLine:5}` second brace. Bad ranges give no highlight, never throw. */
export function readLineOptions(info: string): LineOptions | undefined {
  const slidev = SLIDEV.exec(info);
  if (slidev) {
    const body = (slidev[1] ?? '').trim();
    const extra = SLIDEV_OPTIONS.exec(info)?.[0];
    const start = Number(START_LINE.exec(extra ?? '')?.[1] ?? 1);
    if (body === 'lines') return { groups: [], numbers: true, start };
    const groups = extra === slidev[0] ? [] : readGroups(body);
    return { groups, numbers: extra !== undefined, start };
  }
  const reveal = REVEAL.exec(info);
  if (!reveal) return undefined;
  const start = reveal[1] ? Number(reveal[1]) : 1;
  return { groups: readGroups(reveal[2] ?? ''), numbers: true, start };
}

/** reveal.js `data-line-numbers` attribute value ("" means numbers only; "1-2|3" groups). */
export function readLineNumbersAttribute(value: string): LineOptions {
  return { groups: readGroups(value), numbers: true, start: 1 };
}

/**
 * The caps on nesting and emphasis (limits.ts) applied to Markdown before
 * marked reads it. Apart from limits.ts, so the page's first load, which
 * needs only the size caps, does not carry them.
 */
import { MAX_CONTAINERS_PER_LINE, MAX_LIST_INDENT, MAX_EMPHASIS_MARKS } from './limits';

const CONTAINER = /^[ \t]{0,3}(?:>[ \t]?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))/;
const LIST_ITEM = /^([ \t]*)((?:[-+*]|\d{1,9}[.)])(?:[ \t]|$))/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

function columns(indent: string): number {
  let width = 0;
  for (const c of indent) width = c === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}

function capLine(line: string): string {
  let rest = line;
  let kept = '';
  let count = 0;
  for (let match = CONTAINER.exec(rest); match && rest.length > 0; match = CONTAINER.exec(rest)) {
    if (count < MAX_CONTAINERS_PER_LINE) kept += match[0];
    count++;
    rest = rest.slice(match[0].length);
  }
  if (count <= MAX_CONTAINERS_PER_LINE) {
    const item = LIST_ITEM.exec(line);
    if (item && columns(item[1] ?? '') > MAX_LIST_INDENT) return ' '.repeat(MAX_LIST_INDENT) + line.slice(item[1]?.length ?? 0);
    return line;
  }
  return kept + rest;
}

/**
 * Flattens nesting deeper than marked can take (it recurses once per level,
 * and overflows the stack near a few thousand): extra `>` and list markers on
 * a line are dropped and deep list indentation is pulled back, so the text
 * still shows, less nested. Code inside fences is left alone.
 */
export function capNesting(markdown: string): string {
  const lines = markdown.split('\n');
  const fenced = fencedLines(lines);
  /** Lines of the paragraph (run of non-blank lines outside fences) being read. */
  let block: number[] = [];
  const endBlock = (): void => {
    capEmphasis(lines, block);
    block = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (fenced[i] || line.trim() === '') {
      endBlock();
      continue;
    }
    lines[i] = capLine(line);
    block.push(i);
  }
  endBlock();
  return lines.join('\n');
}

/** Which lines belong to a fenced code block, its opening and closing fences included. */
export function fencedLines(lines: readonly string[]): boolean[] {
  let fence: string | undefined;
  return lines.map((line) => {
    const run = FENCE.exec(line)?.[1];
    if (fence === undefined) {
      fence = run;
      return run !== undefined;
    }
    if (run && run[0] === fence[0] && run.length >= fence.length && line.trim() === run) fence = undefined;
    return true;
  });
}

const WORD = /[\p{L}\p{N}]/u;
/** A line indented as code. */
const INDENTED = /^(?: {4}|\t)/;

/**
 * Whether the character at `i` could open or close emphasis: any `*`, and a
 * `_` that is not inside a word (`snake_case`, `a_b` in a URL or an attribute
 * cannot, so they stay as they are).
 */
function isDelimiter(text: string, i: number): boolean {
  const c = text[i];
  if (c === '*') return true;
  return c === '_' && !(WORD.test(text[i - 1] ?? ' ') && WORD.test(text[i + 1] ?? ' '));
}

/** Where each code span starts and ends: a run of backticks, then anything, then a run of exactly as many. */
function codeSpans(line: string): [number, number][] {
  const runs = Array.from(line.matchAll(/`+/g), (m) => ({ at: m.index, length: m[0].length }));
  // For each length, the runs of that length in order, and how far a search has got: linear overall.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, j) => {
    const same = byLength.get(run.length);
    if (same) same.push(j);
    else byLength.set(run.length, [j]);
  });
  const searched = new Map<number, number>();
  const spans: [number, number][] = [];
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i];
    if (!open) continue;
    const same = byLength.get(open.length) ?? [];
    let k = searched.get(open.length) ?? 0;
    while (k < same.length && (same[k] ?? 0) <= i) k++;
    searched.set(open.length, k);
    const close = same[k];
    if (close === undefined) continue;
    spans.push([open.at, (runs[close]?.at ?? 0) + open.length]);
    i = close;
  }
  return spans;
}

/** Applies `edit` to each delimiter outside code spans; returns the line rebuilt and how many there were. */
function mapDelimiters(line: string, edit: (mark: string) => string): { line: string; count: number } {
  const spans = codeSpans(line);
  let out = '';
  let count = 0;
  let span = 0;
  for (let i = 0; i < line.length; i++) {
    const inSpan = spans[span];
    if (inSpan && i >= inSpan[0]) {
      out += line.slice(inSpan[0], inSpan[1]);
      i = inSpan[1] - 1;
      span++;
      continue;
    }
    const c = line[i] ?? '';
    if (isDelimiter(line, i)) {
      count++;
      out += edit(c);
    } else out += c;
  }
  return { line: out, count };
}

/**
 * Escapes the emphasis marks of a paragraph that has too many for marked, so
 * they show as they are typed. Code spans, `_` inside words and the marker of
 * a `* ` list item keep theirs, and so does a block that starts indented (code).
 */
function capEmphasis(lines: string[], block: readonly number[]): void {
  if (block.length === 0 || INDENTED.test(lines[block[0] ?? 0] ?? '')) return;
  let marks = 0;
  for (const i of block) marks += mapDelimiters(lines[i] ?? '', (c) => c).count;
  if (marks <= MAX_EMPHASIS_MARKS) return;
  for (const i of block) {
    const line = lines[i] ?? '';
    const marker = /^[ \t>]*(?:\*[ \t]+)?/.exec(line)?.[0] ?? '';
    lines[i] = marker + mapDelimiters(line.slice(marker.length), (c) => `\\${c}`).line;
  }
}

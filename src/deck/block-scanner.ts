/**
 * Classifies the lines of a Markdown source so that callers can find slide
 * separators, headings and notes markers without being fooled by code
 * fences or HTML comments.
 */

import { commentIdiomEnd } from './comment-idioms';

/** `hidden`: a comment idiom such as `[//]: # (...)`, never shown. */
export type LineKind = 'text' | 'fence' | 'comment' | 'hidden';

export const SEPARATOR = /^---[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
// CommonMark's first kind of HTML block: it runs to the line that closes its tag, whatever Markdown is inside.
const RAW_OPEN = /^ {0,3}<(pre|script|textarea)(?=[\s>]|$)/i;

interface Scan {
  kinds: LineKind[];
  warnings: string[];
}

function isFenceClose(line: string, char: string, length: number): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  const run = match?.[1];
  return run !== undefined && run[0] === char && run.length >= length;
}

/** Where a comment closes on this line (`-->`, or `--!>`, which browsers accept too), or -1. */
function commentClose(line: string, from = 0): number {
  const close = line.indexOf('-->', from);
  const bang = line.indexOf('--!>', from);
  return close < 0 ? bang : bang < 0 ? close : Math.min(close, bang);
}

function findLine(lines: string[], from: number, test: (line: string) => boolean): number {
  for (let i = from; i < lines.length; i++) {
    if (test(lines[i] ?? '')) return i;
  }
  return -1;
}

/**
 * A fence, comment or raw HTML block (`<pre>`, `<script>`,
 * `<textarea>`) that is never closed ends at the next separator line,
 * so that one typo cannot swallow the rest of the deck.
 */
export function scanBlocks(lines: string[], firstLineNumber = 1): Scan {
  const kinds: LineKind[] = new Array<LineKind>(lines.length);
  const warnings: string[] = [];
  // Once a search for a close has failed, later opens of the same kind (and no
  // shorter fence) fail too; remembering that keeps typo-ridden decks linear.
  const unclosedFence = new Map<string, number>();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const fence = FENCE_OPEN.exec(line);
    const run = fence?.[1];
    if (run !== undefined && !(run[0] === '`' && fence?.[2]?.includes('`'))) {
      const char = run[0] ?? '`';
      const known = unclosedFence.get(char);
      let end =
        known !== undefined && run.length >= known
          ? -1
          : findLine(lines, i + 1, (l) => isFenceClose(l, char, run.length));
      if (end < 0) {
        unclosedFence.set(char, Math.min(run.length, known ?? run.length));
        warnings.push(`Line ${i + firstLineNumber}: code fence ${run} is never closed; it ends at the next --- line.`);
        end = findLine(lines, i + 1, (l) => SEPARATOR.test(l)) - 1;
        if (end < 0) end = lines.length - 1;
      }
      for (let j = i; j <= end; j++) kinds[j] = 'fence';
      i = end + 1;
      continue;
    }
    const raw = RAW_OPEN.exec(line)?.[1]?.toLowerCase();
    if (raw !== undefined) {
      const close = `</${raw}>`;
      let end = unclosedFence.has(raw) ? -1 : findLine(lines, i, (l) => l.toLowerCase().includes(close));
      if (end < 0) {
        unclosedFence.set(raw, 0);
        end = findLine(lines, i + 1, (l) => SEPARATOR.test(l)) - 1;
        if (end < 0) end = lines.length - 1;
      }
      // Its first line stays text: the tag's own attributes are read (reveal.js `<pre><code data-line-numbers>`).
      kinds[i] = 'text';
      for (let j = i + 1; j <= end; j++) kinds[j] = 'fence';
      i = end + 1;
      continue;
    }
    if (/^ {0,3}<!--/.test(line) && commentClose(line, line.indexOf('<!--') + 4) < 0) {
      // The comment ends at the first line that closes it, unless another comment opens first:
      // then this one was never closed (a typo), and ends at the next separator instead.
      const end = findLine(lines, i + 1, (l) => commentClose(l) >= 0 || l.includes('<!--'));
      const endLine = lines[end] ?? '';
      const closed = end >= 0 && commentClose(endLine) >= 0 && !(endLine.includes('<!--') && endLine.indexOf('<!--') < commentClose(endLine));
      if (closed) {
        for (let j = i; j <= end; j++) kinds[j] = 'comment';
        i = end + 1;
        continue;
      }
      warnings.push(`Line ${i + firstLineNumber}: HTML comment <!-- is never closed; it ends at the next --- line.`);
      let stop = findLine(lines, i + 1, (l) => SEPARATOR.test(l));
      if (stop < 0) stop = lines.length;
      for (let j = i; j < stop; j++) kinds[j] = 'comment';
      i = stop;
      continue;
    }
    const idiom = commentIdiomEnd(lines, i, (l) => SEPARATOR.test(l));
    if (idiom !== undefined) {
      for (let j = i; j <= idiom; j++) kinds[j] = 'hidden';
      i = idiom + 1;
      continue;
    }
    kinds[i] = 'text';
    i++;
  }
  return { kinds, warnings };
}

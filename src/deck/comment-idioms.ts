/**
 * Markdown has no comment syntax, so authors borrow link reference
 * definitions that render as nothing: `[//]: # (note to self)`,
 * `[comment]: <> (...)`, `[//]: <> "..."`. CommonMark shows them as text in
 * some places (right after an HTML tag, inside a paragraph, or when the
 * "title" holds nested parentheses); Lectern hides them wherever they stand.
 */

/** At the start of a line, indented at most three spaces: deeper, it may be code. */
const LABEL = /^ {0,3}\[(?:\/\/|comment)\]:[ \t]*(?:#|<>)/i;
/** Between idioms on one line. */
const NEXT_LABEL = /^[ \t]*\[(?:\/\/|comment)\]:[ \t]*(?:#|<>)/i;
/** An idiom's parenthesised or quoted text may run over lines, but not past a blank one, nor this far. */
const MAX_LINES = 10;
const MAX_CHARS = 2000;

/** Index just past a balanced `(...)` or quoted title starting at `at`, or -1. */
function skipTitle(text: string, at: number): number {
  const open = text[at];
  if (open === '"' || open === "'") {
    const close = text.indexOf(open, at + 1);
    return close < 0 ? -1 : close + 1;
  }
  if (open !== '(') return at;
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * If line `start` begins one or more comment idioms and holds nothing else,
 * the index of the last line they take; otherwise undefined.
 */
export function commentIdiomEnd(lines: readonly string[], start: number, isSeparator: (line: string) => boolean): number | undefined {
  if (!LABEL.test(lines[start] ?? '')) return undefined;
  let end = start;
  let chars = (lines[start] ?? '').length;
  const continues = (line: string): boolean => line.trim() !== '' && !isSeparator(line);
  while (end + 1 < lines.length && end - start < MAX_LINES && chars < MAX_CHARS && continues(lines[end + 1] ?? '')) {
    end++;
    chars += (lines[end] ?? '').length + 1;
  }
  const text = lines.slice(start, end + 1).join('\n');
  let at = 0;
  for (let first = true; ; first = false) {
    const label = (first ? LABEL : NEXT_LABEL).exec(text.slice(at));
    if (!label) return undefined;
    at += label[0].length;
    while (text[at] === ' ' || text[at] === '\t') at++;
    at = skipTitle(text, at);
    if (at < 0) return undefined;
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (at >= text.length || text[at] === '\n') return start + (text.slice(0, at).match(/\n/g)?.length ?? 0);
  }
}

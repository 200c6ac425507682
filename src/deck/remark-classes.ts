/**
 * remark's content classes: `.red[text]` is that text in a `<span class="red">`,
 * `.a.b[…]` gives both classes, and a bracket that spans lines is a
 * `<div class="…">` whose inside is Markdown of its own. They nest, and the
 * inside keeps its inline Markdown (`.red[**bold** and [a link](u)]`).
 * Inside code (inline, fenced, indented) or escaped (`\.red[x]`) they stay as
 * written, as do brackets that never close, and (unlike remark) a `.name[`
 * right after a letter, digit or bracket: `items.first[0]` is code in prose.
 */
import { scanBlocks } from './block-scanner';
import { styleLines } from './style-blocks';

/** remark's lexer: names as CSS writes them, one or more, then the bracket. */
const OPENER = /((?:\.[A-Za-z_-][\w-]*)+)\[/y;
/** What may not come just before a content class: it is part of a word or an expression there (`items.first[0]`, `a[1].b[2]`). */
const IN_WORD = /[\w.\])}]/;
/** A code span: a run of backticks, then the same run again, within a paragraph. */
const INLINE_CODE = /(?<!`)(`+)(?!`)(?:[^\n]|\n(?![ \t]*\n))*?[^`]\1(?!`)/g;
const INDENTED = /^(?: {4}|\t)/;
/** Characters read in search of closing brackets, at most: far more than any real deck needs. */
const SCAN_BUDGET = 5_000_000;

export interface ContentClass {
  /** Where the `.name` starts, where its inside starts (after `[`) and where its closing `]` is. */
  start: number;
  inside: number;
  close: number;
  classes: string[];
  /** Spans lines: a block of its own. */
  block: boolean;
}

/** Which characters of `text` are code (or comments), where no content class is read. */
export function codeMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  const lines = text.split('\n');
  const { kinds } = scanBlocks(lines);
  const css = styleLines(lines, kinds);
  let at = 0;
  let blankBefore = true;
  let indented = false;
  lines.forEach((line, i) => {
    const blank = line.trim() === '';
    // remark's rule: indented lines after a blank line (and the blank and indented lines after them) are code.
    if (!blank) indented = INDENTED.test(line) && (indented || blankBefore);
    blankBefore = blank;
    if (kinds[i] !== 'text' || css[i] || (indented && !blank)) mask.fill(true, at, at + line.length);
    at += line.length + 1;
  });
  for (const match of text.matchAll(INLINE_CODE)) {
    const from = match.index;
    if (!mask[from]) mask.fill(true, from, from + match[0].length);
  }
  return mask;
}

/** Every content class of `text`, outer ones before those inside them. */
export function findContentClasses(text: string): ContentClass[] {
  const mask = codeMask(text);
  const found: ContentClass[] = [];
  // Each opener that never closes reads to the end: many of them in a huge deck would take quadratic time.
  let budget = SCAN_BUDGET;
  for (let i = 0; i < text.length && budget > 0; i++) {
    if (mask[i]) continue;
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] !== '.' || IN_WORD.test(text[i - 1] ?? ' ')) continue;
    OPENER.lastIndex = i;
    const open = OPENER.exec(text);
    if (!open) continue;
    const inside = i + open[0].length;
    let depth = 1;
    let j = inside;
    for (; j < text.length; j++) {
      if (mask[j]) continue;
      const c = text[j];
      if (c === '\\') j++;
      else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) break;
    }
    budget -= j - inside;
    if (depth !== 0) continue;
    const classes = (open[1] ?? '').split('.').filter((name) => name !== '');
    found.push({ start: i, inside, close: j, classes, block: text.slice(inside, j).includes('\n') });
    // Go on inside it: the classes within are found next.
    i = inside - 1;
  }
  return found;
}

/** The Markdown with its content classes as HTML elements that the sanitizer keeps. */
export function withContentClasses(markdown: string): string {
  const found = findContentClasses(markdown);
  if (found.length === 0) return markdown;
  const opens = new Map(found.map((c) => [c.start, c]));
  const closes = new Map<number, string>();
  let out = '';
  for (let i = 0; i < markdown.length; i++) {
    const open = opens.get(i);
    if (open) {
      const names = open.classes.join(' ');
      // Blank lines around a block's inside, so that it is read as Markdown and not as part of the HTML.
      out += open.block ? `<div class="${names}">\n\n` : `<span class="${names}">`;
      closes.set(open.close, open.block ? '\n\n</div>\n\n' : '</span>');
      i = open.inside - 1;
      continue;
    }
    out += closes.get(i) ?? markdown[i];
  }
  return out;
}

/** A title or heading as plain text: content-class brackets left out. */
export function withoutContentClasses(text: string): string {
  const found = findContentClasses(text);
  if (found.length === 0) return text;
  const drop = new Set<number>();
  for (const c of found) {
    for (let i = c.start; i < c.inside; i++) drop.add(i);
    drop.add(c.close);
  }
  return text
    .split('')
    .filter((_, i) => !drop.has(i))
    .join('');
}

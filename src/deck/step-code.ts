/**
 * Which lines of a slide are code to the step finder (step-units.ts): fences
 * and indented code at the top, in list items and in blockquotes, after
 * CommonMark's container rules, closely enough for marking steps. The block
 * scanner sees only top-level fences; a fence under `1.  item` or `> ` is
 * found here, and ends with the item or quote that holds it.
 */
import type { LineKind } from './block-scanner';

export interface SlideCode {
  /** Lines inside a fence (its opening and closing lines too) or indented code. */
  code: boolean[];
  /** The info string of each fence's opening line, by line number. */
  fences: Map<number, string>;
}

/** A blockquote, or a list item's content column (relative to its own container). */
type Container = 'quote' | number;

const QUOTE = /^ {0,3}> ?/;
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])( *)(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BLOCK_START = /^ {0,3}(>|#{1,6}(\s|$)|[-*+]\s|\d{1,9}[.)]\s|```|~~~|<!--)/;
/** A comment on a line of its own is an HTML block that ends there: indented code may follow. */
const COMMENT = /^ {0,3}<!--.*-->\s*$/;

const blank = (line: string): boolean => line.trim() === '';
const indent = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;
/** Tabs to the next multiple of 4 columns; one pass (a pattern that looks ahead for a tab is quadratic on a long line). */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const part of line.split('\t').map((run, n) => (n === 0 ? run : `\t${run}`))) out += part[0] === '\t' ? ' '.repeat(4 - (out.length % 4)) + part.slice(1) : part;
  return out;
}

/** A list item opening `rest`: its content column and the content; undefined for other lines (a rule is not an item). */
function openItem(rest: string): [number, string] | undefined {
  const match = ITEM.exec(rest);
  if (!match || BREAK.test(rest)) return undefined;
  const [, lead = '', bullet = '', spaces = '', text = ''] = match;
  if (spaces === '' && text !== '') return undefined;
  const start = lead.length + bullet.length;
  // Five spaces or more after the bullet: the content is indented code one column on.
  if (text === '' || spaces.length > 4) return [start + 1, spaces.slice(1) + text];
  return [start + spaces.length, text];
}

export function slideCode(lines: string[], kinds: LineKind[]): SlideCode {
  const code: boolean[] = [];
  const fences = new Map<number, string>();
  const stack: Container[] = [];
  let fence: { run: string; depth: number } | undefined;
  let indented: number | undefined;
  let paragraph = false;
  lines.forEach((line, i) => {
    let rest = expandTabs(line);
    let matched = 0;
    for (const container of stack) {
      const quote = container === 'quote' ? QUOTE.exec(rest) : undefined;
      if (quote) rest = rest.slice(quote[0].length);
      else if (typeof container === 'number' && (blank(rest) || indent(rest) >= container)) rest = rest.slice(container);
      else break;
      matched++;
    }
    code[i] = false;
    if (kinds[i] === 'comment' || kinds[i] === 'hidden') {
      stack.length = Math.min(stack.length, matched);
      fence = indented = undefined;
      paragraph = false;
      return;
    }
    if (fence) {
      if (matched >= fence.depth) {
        code[i] = true;
        const close = /^ {0,3}(`+|~+)[ \t]*$/.exec(rest)?.[1];
        if (close && close[0] === fence.run[0] && close.length >= fence.run.length) fence = undefined;
        return;
      }
      fence = undefined;
    }
    if (indented !== undefined) {
      if (matched >= indented && (blank(rest) || indent(rest) >= 4)) return void (code[i] = true);
      indented = undefined;
    }
    if (matched < stack.length) {
      // A lazy continuation line keeps every container open.
      if (paragraph && !blank(rest) && !BLOCK_START.test(rest) && !BREAK.test(rest)) return;
      stack.length = matched;
      paragraph = false;
    }
    for (let opened = true; opened && indent(rest) < 4; ) {
      const quote = QUOTE.exec(rest);
      const item = quote ? undefined : openItem(rest);
      if (quote) {
        stack.push('quote');
        rest = rest.slice(quote[0].length);
      } else if (item) {
        stack.push(item[0]);
        rest = item[1];
      }
      opened = quote !== null || item !== undefined;
      if (opened) paragraph = false;
    }
    const open = FENCE.exec(rest);
    if (blank(rest)) paragraph = false;
    else if (indent(rest) >= 4 && !paragraph) [code[i], indented] = [true, stack.length];
    else if (open && !(open[1]?.[0] === '`' && open[2]?.includes('`'))) {
      [code[i], paragraph] = [true, false];
      fence = { run: open[1] ?? '```', depth: stack.length };
      fences.set(i, open[2] ?? '');
    } else paragraph = !/^ {0,3}#{1,6}(?=[ \t]|$)/.test(rest) && !BREAK.test(rest) && !COMMENT.test(rest);
  });
  return { code, fences };
}

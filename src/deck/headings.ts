import type { Heading } from './types';
import type { LineKind } from './block-scanner';
import { plainText, type Slugger } from './inline-text';

const MAX_HEADING_LINE = 1000;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
/** Lines that cannot be the text of a setext heading. */
const NOT_PARAGRAPH = /^(?: {4,}|\t| {0,3}(?:[-*+]|\d+[.)])(?:[ \t]|$)| {0,3}>| {0,3}#{1,6}(?:[ \t]|$)| {0,3}<)/;

/** Top-level ATX and setext headings, in order. */
export function findHeadings(lines: string[], kinds: LineKind[], slugger: Slugger): Heading[] {
  const headings: Heading[] = [];
  let paragraph: string[] = [];
  lines.forEach((line, i) => {
    if (kinds[i] !== 'text') {
      paragraph = [];
      return;
    }
    // The ATX pattern backtracks on very long lines; no heading is that long.
    const atx = line.length <= MAX_HEADING_LINE ? ATX.exec(line) : null;
    if (atx) {
      push(headings, slugger, atx[1]?.length ?? 1, atx[2] ?? '');
      paragraph = [];
      return;
    }
    const underline = SETEXT.exec(line);
    if (underline && paragraph.length > 0) {
      push(headings, slugger, underline[1]?.startsWith('=') ? 1 : 2, paragraph.join(' '));
      paragraph = [];
      return;
    }
    if (line.trim() === '' || (paragraph.length === 0 && NOT_PARAGRAPH.test(line))) {
      paragraph = [];
    } else {
      paragraph.push(line);
    }
  });
  return headings;
}

function push(headings: Heading[], slugger: Slugger, level: number, markdown: string): void {
  const text = plainText(markdown);
  headings.push({ level, text, id: slugger.unique(text) });
}

/** First heading, else the first line of text with its block markers stripped. */
export function slideTitle(lines: string[], kinds: LineKind[], headings: Heading[]): string {
  const first = headings[0];
  if (first) return first.text;
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'text') continue;
    const text = plainText((lines[i] ?? '').replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])?\s*/, ''));
    if (text !== '' && !/^\[[^\]]+\]:/.test(text)) return text;
  }
  return '';
}

import { SEPARATOR, scanBlocks, type LineKind } from '../deck/block-scanner';
import { readFrontMatter } from '../deck/front-matter';
import { toLines } from '../deck/parse-deck';
import { isSlidevSettings } from '../deck/slide-properties';

/** A slide's lines in the deck file: `start` (0-based, inclusive) to `end` (exclusive). */
export interface SlideSpan {
  start: number;
  end: number;
}

/** The deck file's lines, what each is, and where each slide the app shows sits among them. */
export interface DeckLines {
  /** Every line of the file, front matter included, so `lines[n - 1]` is line n. */
  lines: string[];
  /** The kind of each line; front matter lines count as `hidden`. */
  kinds: LineKind[];
  /** Lines the front matter takes. */
  front: number;
  slides: SlideSpan[];
}

const isBlank = (lines: string[], s: SlideSpan): boolean => lines.slice(s.start, s.end).every((l) => l.trim() === '');

/**
 * The slides of a deck with their place in the file, chosen by the same rules
 * as parseDeck (which keeps no line numbers): a test holds the two to the same count.
 */
export function deckLines(source: string): DeckLines {
  const lines = toLines(source);
  const front = readFrontMatter(lines).lineCount;
  const body = lines.slice(front);
  const scanned = scanBlocks(body, front + 1).kinds;
  const kinds: LineKind[] = [...new Array<LineKind>(front).fill('hidden'), ...scanned];
  const spans: SlideSpan[] = [];
  let start = front;
  for (let i = front; i < lines.length; i++) {
    if (kinds[i] === 'text' && SEPARATOR.test(lines[i] ?? '')) {
      spans.push({ start, end: i });
      start = i + 1;
    }
  }
  spans.push({ start, end: lines.length });
  const last = spans[spans.length - 1];
  if (spans.length > 1 && last && isBlank(lines, last)) spans.pop();
  const first = spans[0];
  if (spans.length > 1 && first && isBlank(lines, first)) spans.shift();
  if (spans.length === 1 && first && isBlank(lines, first)) spans.pop();
  const slides = spans.filter(
    (s, i) =>
      i === spans.length - 1 ||
      !isSlidevSettings(lines.slice(s.start, s.end)) ||
      kinds.slice(s.start, s.end).some((k) => k !== 'text'),
  );
  return { lines, kinds, front, slides };
}

/** The 1-based slide a file line belongs to; a `---` line belongs to the slide it opens. */
export function slideAtLine({ slides }: DeckLines, line: number): number {
  let found = 0;
  slides.forEach((span, i) => {
    if (span.start <= line) found = i;
  });
  return found + 1;
}

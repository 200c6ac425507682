import type { LineKind } from '../deck/block-scanner';
import { splitDeck } from '../deck/parse-deck';
import { MAY_HAVE_MARKS } from '../deck/marks-hint';
import { slideMarks } from '../deck/slide-marks';

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
  /** The slides the talk shows, in order: hidden ones are left out. */
  slides: SlideSpan[];
}

/** The slides of a deck with their place in the file: parseDeck's own split, its line numbers kept. */
export function deckLines(source: string): DeckLines {
  const [frontMatter, , bodyKinds, , shown, , lines] = splitDeck(source);
  const front = frontMatter.lineCount;
  const kinds: LineKind[] = [...new Array<LineKind>(front).fill('hidden'), ...bodyKinds];
  // Hidden slides are not in the talk: the slides numbered here are the ones the talk counts.
  const marks = MAY_HAVE_MARKS.test(source) ? slideMarks(source) : [];
  const slides = shown.filter((_, i) => marks[i]?.hidden !== true).map(({ start, end }) => ({ start: start + front, end: end + front }));
  return { lines, kinds, front, slides };
}

/** The 1-based slide a file line belongs to; a `---` line belongs to the slide it opens, a hidden slide's line to the slide before it. */
export function slideAtLine({ slides }: DeckLines, line: number): number {
  let found = 0;
  slides.forEach((span, i) => {
    if (span.start <= line) found = i;
  });
  return found + 1;
}

import type { LineKind } from '../deck/block-scanner';
import { splitDeck } from '../deck/parse-deck';

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

/** The slides of a deck with their place in the file: parseDeck's own split, its line numbers kept. */
export function deckLines(source: string): DeckLines {
  const [frontMatter, , bodyKinds, , shown, , lines] = splitDeck(source);
  const front = frontMatter.lineCount;
  const kinds: LineKind[] = [...new Array<LineKind>(front).fill('hidden'), ...bodyKinds];
  const slides = shown.map(({ start, end }) => ({ start: start + front, end: end + front }));
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

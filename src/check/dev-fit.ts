import { deckLines } from './deck-lines';
import type { SlideFinding } from './dev-check-protocol';
import { measureDeck } from './measure-deck';
import { READABLE_SCALE, shrunkFinding } from './shrunk';

/** Fitting takes a few milliseconds a slide: past this, the badge leaves it to `npm run check`. */
const MAX_SLIDES = 400;

/** Slides the talk shows below the readable scale, measured in this page as `npm run check` measures them. */
export async function shrunkFindings(deckUrl: string): Promise<SlideFinding[]> {
  const response = await fetch(deckUrl, { cache: 'no-store' });
  if (!response.ok) return [];
  const source = await response.text();
  const lines = deckLines(source);
  const count = lines.slides.length;
  if (count > MAX_SLIDES) return [];
  const shrunk = await measureDeck({ source, deckUrl, below: READABLE_SCALE, from: 0, to: count }, () => undefined);
  return shrunk.map((slide) => ({ ...shrunkFinding(lines, slide), slide: slide.index + 1 }));
}

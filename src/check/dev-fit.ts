import { deckLines } from './deck-lines';
import type { SlideFinding } from './dev-check-protocol';
import { measureDeck } from './measure-deck';
import type { ShrunkSlide } from './measure-protocol';
import { READABLE_SCALE, shrunkFinding } from './shrunk';

/** Fitting takes a few milliseconds a slide: past this, the badge leaves it to `npm run check`. */
const MAX_SLIDES = 400;
/** Slides measured between two idle moments, so that the talk on the same page never waits long. */
const CHUNK = 20;

const idle = (): Promise<void> => new Promise((done) => requestIdleCallback(() => done(), { timeout: 1000 }));

/**
 * Slides the talk shows below the readable scale, measured in this page as
 * `npm run check` measures them, a few at a time while the page is idle.
 * Gives up (undefined) as soon as `current()` says a newer check has begun.
 */
export async function shrunkFindings(deckUrl: string, current: () => boolean): Promise<SlideFinding[] | undefined> {
  const response = await fetch(deckUrl, { cache: 'no-store' });
  if (!response.ok) return [];
  const source = await response.text();
  const lines = deckLines(source);
  const count = lines.slides.length;
  if (count > MAX_SLIDES) return [];
  const shrunk: ShrunkSlide[] = [];
  for (let from = 0; from < count; from += CHUNK) {
    await idle();
    if (!current()) return undefined;
    shrunk.push(...(await measureDeck({ source, deckUrl, below: READABLE_SCALE, from, to: from + CHUNK }, () => undefined)));
  }
  return shrunk.map((slide) => ({ ...shrunkFinding(lines, slide), slide: slide.index + 1 }));
}

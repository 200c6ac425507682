import { slideLine } from './check-deck';
import type { DeckLines } from './deck-lines';
import type { Finding } from './finding';
import type { ShrunkSlide } from './measure-protocol';

/** A slide shown smaller than this is hard to read from the back of the room. */
export const READABLE_SCALE = 0.6;

/** The warning for a slide that had to shrink below the readable scale, on its first line. */
export function shrunkFinding(lines: DeckLines, { index, scale }: ShrunkSlide): Finding {
  return {
    line: slideLine(lines, index),
    level: 'warning',
    message: `slide ${index + 1} is shrunk to ${Math.floor(scale * 100)}% to fit (under ${READABLE_SCALE * 100}% is hard to read); split it or cut it down`,
  };
}

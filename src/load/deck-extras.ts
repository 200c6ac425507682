import { MAY_HAVE_LOOKS } from '../deck/looks-hint';
import { MAY_HAVE_STEPS } from '../deck/steps-hint';
import type { Deck } from '../deck/types';

/**
 * The parts of a deck's meaning that only some decks use, each loaded only
 * for a deck whose source may use it: per-slide looks, then build-up steps
 * (after the looks: a slide's `build` class makes its lists build up).
 */
export async function withExtras(deck: Deck, source: string, deckUrl: string): Promise<Deck> {
  let result = deck;
  if (MAY_HAVE_LOOKS.test(source)) result = await import('../components/slide-look').then((m) => m.withLooks(result, source, deckUrl));
  if (MAY_HAVE_STEPS.test(source)) result = await import('../components/slide-steps').then((m) => m.withSteps(result, source));
  return result;
}

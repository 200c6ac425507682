import { MAY_HAVE_COMMENT_NOTES } from '../deck/comment-notes-hint';
import { MAY_HAVE_LOOKS } from '../deck/looks-hint';
import { MAY_HAVE_STEPS } from '../deck/steps-hint';
import { MAY_HAVE_MARKS } from '../deck/marks-hint';
import type { Deck } from '../deck/types';

/**
 * The parts of a deck's meaning that only some decks use, each loaded only
 * for a deck whose source may use it: notes in comments, per-slide looks, then build-up steps
 * (after the looks: a slide's `build` class makes its lists build up).
 */
export async function withExtras(deck: Deck, source: string, deckUrl: string): Promise<Deck> {
  let result = deck;
  if (MAY_HAVE_COMMENT_NOTES.test(source)) result = await import('../deck/comment-notes').then((m) => m.withCommentNotes(result, source));
  if (MAY_HAVE_LOOKS.test(source)) result = await import('../components/slide-look').then((m) => m.withLooks(result, source, deckUrl));
  if (MAY_HAVE_STEPS.test(source)) result = await import('../components/slide-steps').then((m) => m.withSteps(result, source));
  // Last: the looks and steps find each slide's lines by its place among parseDeck's slides.
  if (MAY_HAVE_MARKS.test(source)) result = await import('../components/slide-look').then((m) => m.shownSlides(result, source));
  return result;
}

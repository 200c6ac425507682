import { MAY_HAVE_COMMENT_NOTES } from '../deck/comment-notes-hint';
import { MAY_HAVE_LOOKS } from '../deck/looks-hint';
import { MAY_HAVE_STEPS } from '../deck/steps-hint';
import { MAY_HAVE_MARKS } from '../deck/marks-hint';
import { MAY_IMPORT } from '../deck/imports-hint';
import { MAY_BE_REMARK_SOURCE } from '../deck/remark-source-hint';
import { parseDeck } from '../deck/parse-deck';
import type { Deck } from '../deck/types';

/**
 * The parts of a deck's meaning that only some decks use, each loaded only
 * for a deck whose source may use it: notes in comments, per-slide looks, then build-up steps
 * (after the looks: a slide's `build` class makes its lists build up).
 */
export async function withExtras(deck: Deck, source: string, deckUrl: string): Promise<Deck> {
  // First the rewrites: conventions that change where slides begin and end. The deck is parsed again from their text.
  let text = source;
  if (MAY_IMPORT.test(text)) text = await import('../components/slide-look').then((m) => m.withImports(text, deckUrl));
  if (MAY_BE_REMARK_SOURCE.test(text)) text = await import('../components/slide-look').then((m) => m.remarkSource(text));
  let result = text === source ? deck : parseDeck(text);
  if (MAY_HAVE_COMMENT_NOTES.test(text)) result = await import('../deck/comment-notes').then((m) => m.withCommentNotes(result, text));
  if (MAY_HAVE_LOOKS.test(text)) result = await import('../components/slide-look').then((m) => m.withLooks(result, text, deckUrl));
  if (MAY_HAVE_STEPS.test(text)) result = await import('../components/slide-steps').then((m) => m.withSteps(result, text));
  // Last: the looks and steps find each slide's lines by its place among parseDeck's slides.
  if (MAY_HAVE_MARKS.test(text)) result = await import('../components/slide-look').then((m) => m.shownSlides(result, text, deckUrl));
  return result;
}

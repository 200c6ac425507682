import type { Deck, Slide } from './types';
import { Slugger } from './inline-text';
import { slideMarks } from './slide-marks';

/**
 * The deck as the talk shows it: hidden slides left out as if they were not
 * in the file (slides numbered again from 0, heading ids made unique again
 * without theirs, so none of theirs is a link target), and slides given
 * their ids. Takes a deck whose slides are still parseDeck's, in its order.
 */
export function shownSlides(deck: Deck, source: string): Deck {
  const marks = slideMarks(source);
  const slugger = new Slugger();
  const slides = deck.slides
    .map((slide, at) => ({ slide, mark: marks[at] }))
    .filter(({ mark }) => mark?.hidden !== true)
    .map(({ slide, mark }, index): Slide => {
      const headings = slide.headings.map((heading) => ({ ...heading, id: slugger.unique(heading.text) }));
      return { ...slide, index, headings, ...(mark?.id === undefined ? {} : { id: mark.id }) };
    });
  return { ...deck, slides };
}

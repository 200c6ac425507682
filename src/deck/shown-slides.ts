import type { Deck, Slide } from './types';
import { Slugger } from './inline-text';
import { slideMarks } from './slide-marks';
import { withRemark } from './remark-slides';

/**
 * The deck as the talk shows it: hidden slides left out as if they were not
 * in the file (slides numbered again from 0, heading ids made unique again
 * without theirs, so none of theirs is a link target), and slides given
 * their ids, after remark's templates and content classes (remark-slides.ts);
 * with remark's `count: false`, the number each slide shows. Takes a deck
 * whose slides are still parseDeck's, in its order.
 */
export function shownSlides(deck: Deck, source: string, deckUrl?: string): Deck {
  const marks = slideMarks(source);
  const slugger = new Slugger();
  const remark = withRemark(deck, source, deckUrl);
  const kept = remark.slides.map((slide, at) => ({ slide, mark: marks[at] }))
    .filter(({ mark }) => mark?.hidden !== true);
  const slides = kept.map(({ slide, mark }, index): Slide => {
    const headings = slide.headings.map((heading) => ({ ...heading, id: slugger.unique(heading.text) }));
    return { ...slide, index, headings, ...(mark?.id === undefined ? {} : { id: mark.id }) };
  });
  const { warnings } = remark;
  if (!kept.some(({ mark }) => mark?.uncounted)) return { ...deck, slides, warnings };
  // remark's numbering: a slide not counted shows the number of the counted one before it; before any, 1 (never "0 / N").
  let counted = 0;
  return { ...deck, slides, warnings, numbers: kept.map(({ mark }) => (mark?.uncounted ? Math.max(1, counted) : ++counted)) };
}

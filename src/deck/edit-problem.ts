import type { Deck } from './types';

/** Warnings that mean a deck is half-written: a block opened and not closed yet, front matter being typed. */
const UNFINISHED = /is never closed|is not finished/;

const unfinished = (deck: Deck): string[] => deck.warnings.filter((warning) => UNFINISHED.test(warning));

/**
 * Why a deck just saved should not replace the one on screen: it has more
 * unfinished blocks than the one shown (an unclosed fence, front matter half
 * typed), which is how an edit in progress looks. Undefined when it can be
 * shown. A problem the shown deck already had does not count, so a deck that
 * loaded with one still follows every save.
 */
export function editProblem(shown: Deck, saved: Deck): string | undefined {
  // Compared without line numbers (an edit above moves them), each warning of the shown deck excuses one alike.
  const excused = unfinished(shown).map(withoutLine);
  return unfinished(saved).find((warning) => {
    const at = excused.indexOf(withoutLine(warning));
    if (at < 0) return true;
    excused.splice(at, 1);
    return false;
  });
}

const withoutLine = (warning: string): string => warning.replace(/^Line \d+: /, '');

import { parseDeck } from '../deck/parse-deck';
import { withExtras } from './deck-extras';
import type { Deck } from '../deck/types';
import { fetchDeck, type DeckText, type Failure } from './deck-source';
import { nextTask } from './next-task';

export type LoadResult = { ok: true; deck: Deck; url: string; utf8: boolean } | Failure;

const isBlank = (deck: Deck): boolean =>
  deck.slides.every((slide) => slide.markdown.trim() === '' && slide.notes === '' && slide.inlineNotes === '');

/**
 * Fetches (or takes the download already under way) and parses a deck; every
 * failure, expected or not, becomes a message for the page.
 */
export async function loadDeck(url: URL, download?: Promise<DeckText>): Promise<LoadResult> {
  try {
    const result = await (download ?? fetchDeck(url));
    if (!result.ok) return result;
    // Reading, parsing and showing a big deck are three tasks, none long enough to hold up the page.
    await nextTask();
    const deck = await withExtras(parseDeck(result.text), result.text, result.url);
    for (const warning of deck.warnings) console.warn(`Lectern: ${warning}`);
    if (!result.utf8) console.warn(`Lectern: ${url.href} is not UTF-8; characters it could not read show as �.`);
    if (isBlank(deck)) {
      return {
        ok: false,
        title: 'The deck has no slides',
        detail: `${url.href} holds only front matter, separators, blank lines or hidden slides.`,
        advice: 'Write your slides after the front matter, separated by lines of three dashes (---).',
      };
    }
    await nextTask();
    return { ok: true, deck, url: result.url, utf8: result.utf8 };
  } catch (error) {
    console.error(error);
    return {
      ok: false,
      title: 'The deck could not be shown',
      detail: `Reading ${url.href} failed: ${error instanceof Error ? error.message : String(error)}.`,
      advice: 'Reload the page. If this persists, the file may not be a Markdown deck.',
    };
  }
}

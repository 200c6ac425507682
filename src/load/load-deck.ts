import { parseDeck } from '../deck/parse-deck';
import type { Deck } from '../deck/types';
import { fetchDeck } from './deck-source';

export type LoadResult =
  | { ok: true; deck: Deck; url: string }
  | { ok: false; title: string; detail: string; advice: string };

/** Fetches and parses a deck; every failure, expected or not, becomes a message for the page. */
export async function loadDeck(url: URL): Promise<LoadResult> {
  try {
    const result = await fetchDeck(url);
    if (!result.ok) return result;
    const deck = parseDeck(result.text);
    for (const warning of deck.warnings) console.warn(`Lectern: ${warning}`);
    if (deck.slides.length === 0) {
      return {
        ok: false,
        title: 'The deck has no slides',
        detail: `${url.href} holds only front matter or blank lines.`,
        advice: 'Write your slides after the front matter, separated by lines of three dashes (---).',
      };
    }
    return { ok: true, deck, url: url.href };
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

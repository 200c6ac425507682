/** What the page and its service worker say to each other about the offline copy. */

/** The page asks its worker to keep a deck, and every file it uses, for offline use. */
export interface KeepRequest {
  type: 'lectern-keep-deck';
  /** The page's entry script: the worker keeps the talk only if its own copy of the app is this build. */
  app: string | undefined;
  /** The deck as the page asked for it (`?src=`), and where it was found after any redirect. */
  requested: string;
  deck: string;
  /** The deck's stylesheet as the page found it (`css:`, or a listed `theme.css`), relative to the deck. */
  stylesheet?: string;
}

export type KeepReply =
  /** The worker holds another build of the app than this page runs (a deploy in between): ask the next one. */
  | { kind: 'other-version' }
  /** The deck and its files are cached. `missing`: files the server does not have (online, they fail too). */
  | { kind: 'kept'; files: number; missing: string[] }
  /** Some of it could not be cached (network, storage quota): the talk is not safe offline. */
  | { kind: 'failed'; reason: string };

export const isKeepRequest = (data: unknown): data is KeepRequest =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'lectern-keep-deck';

/** Caches besides Workbox's precache of the app: decks (network first) and the files they use. */
export const DECK_CACHE = 'lectern-decks';
export const FILE_CACHE = 'lectern-deck-files';

/**
 * Set on the entries of the worker's list of the app's files that only a deck
 * with a diagram needs (Mermaid, megabytes): not precached, but kept with such a deck.
 */
export const DIAGRAM_FILES = 'lecternDiagrams';

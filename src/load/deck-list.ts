/**
 * The decks in `slides/`, as the build (or the dev server) writes them into
 * index.html and `slides/decks.json`: the page learns them with no request.
 */

/** The folder of decks, relative to the page; a deck's `file` is relative to it. */
export const DECKS_FOLDER = 'slides/';

export interface DeckEntry {
  /** Path inside `slides/`, with `/` between folders: `talk.md`, `2024/talk.md`. */
  file: string;
  /** Front matter `title:`, else the first slide's title, else the file name. */
  title: string;
  slides: number;
  /** Its stylesheet, relative to it: front matter `css:`, else a `theme.css` beside it. */
  css?: string;
}

/** The list from its JSON (written by the build into the page itself); undefined when there is none. */
export function parseDeckList(json: string | null | undefined): DeckEntry[] | undefined {
  try {
    const value: unknown = JSON.parse(json ?? '');
    return Array.isArray(value) ? (value as DeckEntry[]) : undefined;
  } catch {
    return undefined;
  }
}

/** With no `?src=` and more than one deck, the page lists them rather than guess which one is the talk. */
export function listsDecks(pageUrl: string, decks: readonly DeckEntry[] | undefined): boolean {
  return !new URL(pageUrl).searchParams.get('src')?.trim() && (decks?.length ?? 0) > 1;
}

/** A deck's address relative to the page; a `#`, `%` or space in a file name is escaped, the slashes stay. */
export const deckPath = (file: string): string => `${DECKS_FOLDER}${file}`.split('/').map(encodeURIComponent).join('/');

/** The list the page was served with (the element index.html carries), read once. */
let pageList: DeckEntry[] | undefined | null = null;
export function pageDeckList(): DeckEntry[] | undefined {
  if (pageList === null) {
    pageList = typeof document === 'undefined' ? undefined : parseDeckList(document.getElementById('lectern-decks')?.textContent);
  }
  return pageList;
}

/** The stylesheet the list gives the deck at `deckUrl` (a `theme.css` beside it), if it is one of the listed decks. */
export function listedStylesheet(deckUrl: string): string | undefined {
  return pageDeckList()?.find((entry) => new URL(deckPath(entry.file), document.baseURI).href === deckUrl)?.css;
}

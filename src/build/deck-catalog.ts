/**
 * The decks in a folder, for the build and the dev server (Node only; the
 * page reads the result from index.html). Titles and slide counts come from
 * the app's own parser, so the list says what opening the deck will show.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Deck } from '../deck/types';
import type { DeckEntry } from '../load/deck-list';

/** The stylesheet a deck has without naming it, beside it in its folder. */
export const THEME_CSS = 'theme.css';

/** The app's parser (src/deck/parse-deck.ts), handed in: see the plugin for why it is not imported here. */
export type ParseDeck = (source: string) => Pick<Deck, 'meta' | 'slides'>;

/**
 * Whether a file inside the decks folder is a deck: any `.md` file, in any
 * sub-folder, except a README and anything whose name, or a folder's on its
 * path, starts with `_` or `.` (drafts, partials, hidden folders).
 */
export function isDeckFile(file: string): boolean {
  const parts = file.split('/');
  const name = parts[parts.length - 1] ?? '';
  return /\.md$/i.test(name) && !/^readme\.md$/i.test(name) && parts.every((part) => !/^[_.]/.test(part)) && !parts.includes('node_modules');
}

/** One deck's entry; `file` is its path inside the folder, with `/` separators. */
export function describeDeck(file: string, source: string, parse: ParseDeck): DeckEntry {
  const deck = parse(source);
  const name = file.split('/').pop()?.replace(/\.md$/i, '') ?? file;
  const entry: DeckEntry = { file, title: deck.meta.title || deck.slides[0]?.title || name, slides: deck.slides.length };
  return deck.meta.css ? { ...entry, css: deck.meta.css } : entry;
}

const collator = new Intl.Collator('en', { numeric: true });

/** By path, numbers in order (`talk-2.md` before `talk-10.md`): the order a speaker would name them in. */
export const byFile = (a: DeckEntry, b: DeckEntry): number => collator.compare(a.file, b.file);

/** Folders nested deeper than this are not searched (a symbolic link to a parent folder would never end). */
const MAX_DEPTH = 8;

/** Paths of the deck files under `folder`, relative to it; none when it does not exist. */
export function deckFiles(folder: string, under = ''): string[] {
  if (under.split('/').length > MAX_DEPTH) return [];
  let names: string[];
  try {
    names = readdirSync(join(folder, under));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = under ? `${under}/${name}` : name;
    if (/^[_.]/.test(name) || name === 'node_modules') return [];
    const stats = statSync(join(folder, file), { throwIfNoEntry: false });
    if (stats?.isDirectory()) return deckFiles(folder, file);
    return stats?.isFile() && isDeckFile(file) ? [file] : [];
  });
}

/**
 * Reads the decks of a folder, sorted. `cache` keeps each entry with the
 * file's size and time, so the dev server, which asks on every page load,
 * parses only the decks that changed.
 */
export function catalogDecks(folder: string, parse: ParseDeck, cache = new Map<string, { stamp: string; entry: DeckEntry }>()): DeckEntry[] {
  return deckFiles(folder)
    .map((file) => {
      const path = join(folder, file);
      const stats = statSync(path);
      const stamp = `${stats.size}:${stats.mtimeMs}`;
      // A `theme.css` beside the deck is its stylesheet when it names none (front matter css:).
      const beside = existsSync(join(dirname(path), THEME_CSS));
      const known = cache.get(file);
      if (known?.stamp === stamp && (known.entry.css === THEME_CSS) === beside) return known.entry;
      const described = describeDeck(file, readFileSync(path, 'utf8'), parse);
      const entry = beside && !described.css ? { ...described, css: THEME_CSS } : described;
      cache.set(file, { stamp, entry });
      return entry;
    })
    .sort(byFile);
}

/**
 * Slidev's `src:` imports: each importing slide is replaced by the slides of
 * the file it names, fetched as the deck was (http(s) only, the same size
 * cap and decoding), before the deck is split into slides. A file that
 * cannot be had becomes a slide with a card that names it.
 */
import { fetchDeck, type DeckText } from './deck-source';
import { findImports, importedLines, missingImport, spliceImports } from '../deck/slide-imports';

/** Imports inside imports, this deep; enough for a talk made of parts made of sections. */
export const IMPORT_DEPTH = 4;
/** Files a deck imports at most, counting imports inside imports; a file imported twice is fetched once. */
export const IMPORT_FILES = 20;
/** How long one import may take: the first slide waits for them all. */
export const IMPORT_TIMEOUT_MS = 5000;

/** The files fetched for one deck, by URL: shared by its imports inside imports. */
type Fetched = Map<string, Promise<DeckText>>;

/** The files each deck (by its URL) last imported, or tried to: `npm run dev` reads the deck again when one is saved. */
export const importedFiles = new Map<string, ReadonlySet<string>>();

/** The deck's text with its imports in place. `chain`: the files importing this one, so a cycle stops. */
export async function withImports(source: string, deckUrl: string, chain: readonly string[] = [deckUrl], fetched: Fetched = new Map()): Promise<string> {
  const sites = findImports(source);
  if (chain.length === 1) importedFiles.set(deckUrl, new Set());
  if (sites.length === 0) return source;
  const origin = new URL(deckUrl).origin;
  const parts = await Promise.all(
    sites.map(async (site): Promise<string[]> => {
      let url: URL;
      try {
        url = new URL(site.path, deckUrl);
      } catch {
        return missingImport(site.path, 'That is not a file name or address.');
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return missingImport(site.path, 'Only http(s) addresses and paths relative to the deck are imported.');
      // A deck's styles are trusted by its origin (sanitize.ts): slides from elsewhere must not ride in on that trust.
      if (url.origin !== origin) return missingImport(site.path, 'Only files from the deck’s own site are imported.');
      url.hash = '';
      if (chain.includes(url.href)) return missingImport(site.path, 'The file imports itself, directly or through other files.');
      if (chain.length > IMPORT_DEPTH) return missingImport(site.path, `Imports go ${IMPORT_DEPTH} files deep at most.`);
      let fetching = fetched.get(url.href);
      if (!fetching) {
        if (fetched.size >= IMPORT_FILES) return missingImport(site.path, `A deck imports ${IMPORT_FILES} files at most.`);
        fetching = fetchDeck(url, IMPORT_TIMEOUT_MS);
        fetched.set(url.href, fetching);
        importedFiles.set(chain[0] ?? deckUrl, new Set(fetched.keys()));
      }
      const got = await fetching;
      if (!got.ok) return missingImport(site.path, got.detail);
      // A redirect may lead elsewhere: the file's own address must be on the deck's site too.
      if (new URL(got.url).origin !== origin) return missingImport(site.path, 'Only files from the deck’s own site are imported (this one redirects to another).');
      const inner = await withImports(got.text, got.url, [...chain, url.href], fetched);
      return importedLines(inner, got.url, site);
    }),
  );
  return spliceImports(source, sites, parts);
}

/**
 * Slidev's `src:` imports: each importing slide is replaced by the slides of
 * the file it names, fetched as the deck was (http(s) only, the same size
 * cap and decoding), before the deck is split into slides. A file that
 * cannot be had becomes a slide with a card that names it.
 */
import { fetchDeck } from './deck-source';
import { findImports, importedLines, missingImport, spliceImports } from '../deck/slide-imports';

/** Imports inside imports, this deep; enough for a talk made of parts made of sections. */
export const IMPORT_DEPTH = 4;

/** The deck's text with its imports in place. `chain`: the files importing this one, so a cycle stops. */
export async function withImports(source: string, deckUrl: string, chain: readonly string[] = [deckUrl]): Promise<string> {
  const sites = findImports(source);
  if (sites.length === 0) return source;
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
      if (url.origin !== new URL(deckUrl).origin) return missingImport(site.path, 'Only files from the deck’s own site are imported.');
      url.hash = '';
      if (chain.includes(url.href)) return missingImport(site.path, 'The file imports itself, directly or through other files.');
      if (chain.length > IMPORT_DEPTH) return missingImport(site.path, `Imports go ${IMPORT_DEPTH} files deep at most.`);
      const got = await fetchDeck(url);
      if (!got.ok) return missingImport(site.path, got.detail);
      const inner = await withImports(got.text, got.url, [...chain, url.href]);
      return importedLines(inner, got.url, site);
    }),
  );
  return spliceImports(source, sites, parts);
}

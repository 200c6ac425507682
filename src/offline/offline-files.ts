import { deckReferences } from '../deck/deck-references';
import { readFrontMatter } from '../deck/front-matter';
import { toLines } from '../deck/parse-deck';

const FETCHABLE = ['http:', 'https:'];

/** The app's own page (the scope, with or without `index.html`): never a file of the deck. */
export const isAppPage = (url: URL, scope: string): boolean =>
  url.origin + url.pathname === scope || url.origin + url.pathname === `${scope}index.html`;

/**
 * The files a deck needs to be shown without a network: every image it shows,
 * from whatever site (they are on the slides; but none from the talk's own
 * site when the deck is from another), and the files it links to
 * inside the app's scope (only those open from the offline copy; a page on
 * another site would open without it anyway) when the deck is on the app's
 * site (a deck from elsewhere has no say over what the site's own paths fetch).
 * URLs are resolved against the deck as the slides resolve them, without
 * their `#fragment`, each once; the deck itself and the app's page are left out.
 */
export function offlineFiles(markdown: string, deckUrl: string, scope: string, stylesheet?: string): string[] {
  const ownDeck = deckUrl.startsWith(scope);
  const siteOrigin = new URL(scope).origin;
  const files = new Set<string>();
  // The deck's own stylesheet (front matter `css:`, or the one the page found for it) is shown like an image: it belongs to the slides.
  const css = readFrontMatter(toLines(markdown)).meta.css ?? stylesheet;
  const references = [...deckReferences(markdown), ...(css ? [{ kind: 'image' as const, url: css }] : [])];
  for (const { kind, url: written } of references) {
    let url: URL;
    try {
      url = new URL(written, deckUrl);
    } catch {
      continue;
    }
    if (!FETCHABLE.includes(url.protocol)) continue;
    url.hash = '';
    if (url.href === deckUrl || isAppPage(url, scope)) continue;
    // A deck from elsewhere never makes the worker fetch (with the site's credentials) or answer for the site's own paths.
    if (!ownDeck && url.origin === siteOrigin) continue;
    if (kind === 'image' || (ownDeck && url.href.startsWith(scope))) files.add(url.href);
  }
  return [...files];
}

import type { ReadyDeck } from '../controllers/deck-loader-controller';
import { adoptInSlides } from './slide-sheets';

/** The deck's stylesheet, or why there is none: undefined when the deck names no stylesheet. */
export function deckStylesheetUrl({ deck, url, externalHost }: Pick<ReadyDeck, 'deck' | 'url' | 'externalHost'>): URL | string | undefined {
  const name = deck.meta.css;
  if (!name) return undefined;
  // As with a slide's own <style>: only the site's own decks style the page.
  if (externalHost !== undefined) return `the deck is from ${externalHost}, another site`;
  const href = new URL(name, url);
  return href.origin === location.origin ? href : `${href.origin} is another site`;
}

/**
 * Loads the stylesheet a deck names (`css:` in its front matter) after the
 * built-in theme: in the page, where it can set the `--lectern-*` properties,
 * and inside every slide, where it styles the slide's own elements.
 */
export async function adoptDeckStylesheet(ready: ReadyDeck): Promise<void> {
  const href = deckStylesheetUrl(ready);
  if (href === undefined) return;
  if (typeof href === 'string') return console.warn(`Lectern: the deck's stylesheet is not loaded: ${href}.`);
  // Asked for as CSS: Vite's dev server answers a plain request for a .css file with a JavaScript module.
  const response = await fetch(href, { headers: { Accept: 'text/css' } }).catch(() => undefined);
  if (!response?.ok) return console.warn(`Lectern: the deck's stylesheet ${href.pathname} could not be loaded.`);
  // Its url()s resolve against the stylesheet, as they would in a <link>.
  const sheet = new CSSStyleSheet({ baseURL: href.href });
  sheet.replaceSync(await response.text());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  adoptInSlides(sheet);
}

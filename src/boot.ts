/**
 * The app's first act, before the rest of its code is even evaluated: start
 * the render worker and the deck's download, so that both are on their way
 * while the components load.
 */
import { deckSource, fetchDeck, type DeckText } from './load/deck-source';
import { listsDecks, pageDeckList } from './load/deck-list';
import { MarkdownRenderer } from './render/markdown-renderer';

let renderer: MarkdownRenderer | undefined = new MarkdownRenderer();
const source = deckSource(location.href);
const listing = listsDecks(location.href, pageDeckList());
let deck: { href: string; text: Promise<DeckText> } | undefined;
if (listing) showDeckList();
else if (source.ok) {
  const text = fetchDeck(source.url);
  // Read later (or never, if the app fails to start): a failure is not an unhandled rejection meanwhile.
  text.catch(() => undefined);
  deck = { href: source.url.href, text };
}
// ?print: every slide on a page of its own (src/print/) in the app's place; the app is never started.
if (!listing && new URL(location.href).searchParams.has('print')) {
  replaceApp('lectern-print', () => import('./print/lectern-print'), 'The print view could not be loaded');
}

/** The renderer started at boot, handed out once; a new one after that. */
export function takeRenderer(): MarkdownRenderer {
  const started = renderer ?? new MarkdownRenderer();
  renderer = undefined;
  return started;
}

/** The download of `url` started at boot, handed out once; undefined for any other deck. */
export function takeDeckDownload(url: URL): Promise<DeckText> | undefined {
  const started = deck?.href === url.href ? deck.text : undefined;
  deck = undefined;
  return started;
}

/**
 * Several decks and no `?src=`: the list takes the app's place before the app
 * is even defined, so no deck is guessed at and none is downloaded.
 */
function showDeckList(): void {
  replaceApp('lectern-deck-list', () => import('./components/lectern-deck-list'), 'The list of decks could not be loaded');
}

/** Puts the view `tag` where the app would be, and fetches its code; an error screen if that fails. */
function replaceApp(tag: string, load: () => Promise<unknown>, failed: string): void {
  const view = document.createElement(tag);
  document.querySelector('lectern-app')?.replaceWith(view);
  load().catch((error: unknown) => {
    console.error(error);
    const failure = document.createElement('lectern-error');
    failure.setAttribute('heading', failed);
    failure.setAttribute('advice', 'Check the connection, then reload the page.');
    view.replaceWith(failure);
  });
}

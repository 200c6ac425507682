/**
 * Tells the page which decks `slides/` holds, at no cost to the first slide:
 * the list goes into index.html itself (a JSON script, which never runs, so
 * the page's CSP is untouched), and the build also writes it to
 * `slides/decks.json` for other tools and hosts.
 */
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { deckPath, type DeckEntry } from '../load/deck-list.ts';
import { catalogDecks, type ParseDeck } from './deck-catalog.ts';

/**
 * The app's parser, loaded through Vite's module runner rather than imported:
 * the config's own loader would take src/deck's extensionless imports, but
 * warns about each of them on every `vite` command.
 */
let parser: Promise<ParseDeck> | undefined;
const loadParser = (): Promise<ParseDeck> =>
  (parser ??= runnerImport<{ parseDeck: ParseDeck }>(resolve(import.meta.dirname, '../deck/parse-deck.ts')).then(({ module }) => module.parseDeck));

/** The preload index.html starts for the default deck. */
const PRELOAD = /<link\b[^>]*\brel="preload"[^>]*\bhref="\.\/slides\/slides\.md"[^>]*>/;

/**
 * index.html with the list of decks. With several, no deck is preloaded (the
 * page lists them); with one of another name, that one is.
 */
export function withDeckList(html: string, decks: readonly DeckEntry[]): string {
  // `<` escaped, so no title can close the script element early.
  const json = JSON.stringify(decks).replace(/</g, '\\u003c');
  const [only] = decks;
  const preload =
    decks.length > 1
      ? html.replace(PRELOAD, '')
      : only
        ? html.replace(PRELOAD, (link) => link.replace('./slides/slides.md', `./${deckPath(only.file)}`))
        : html;
  // The link names decks.json for tools that start from the page; browsers fetch nothing for it.
  const tags = `<link rel="alternate" type="application/json" href="./slides/decks.json" title="Decks" />
    <script type="application/json" id="lectern-decks">${json}</script>`;
  return preload.replace('</head>', `  ${tags}\n  </head>`);
}

export const decksJson = (decks: readonly DeckEntry[]): string => `${JSON.stringify(decks, null, 2)}\n`;

/** The list of the decks in `folder`, which the site serves as `slides/`. */
export function deckList(folder: string): Plugin {
  const cache = new Map<string, { stamp: string; entry: DeckEntry }>();
  let decks: DeckEntry[] = [];
  let building = false;
  return {
    name: 'lectern-deck-list',
    configResolved(config) {
      building = config.command === 'build';
    },
    // Read once per build, so index.html and decks.json agree.
    async buildStart() {
      if (building) decks = catalogDecks(folder, await loadParser(), cache);
    },
    // The dev server reads the folder on every page load, so a deck added or renamed shows on the next reload.
    async transformIndexHtml(html, context) {
      return withDeckList(html, context.server ? catalogDecks(folder, await loadParser(), cache) : decks);
    },
    configureServer(server) {
      server.middlewares.use('/slides/decks.json', (request, response, next) => {
        if (request.method !== 'GET' && request.method !== 'HEAD') return next();
        loadParser().then((parse) => {
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(decksJson(catalogDecks(folder, parse, cache)));
        }, next);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'slides/decks.json', source: decksJson(decks) });
    },
  };
}

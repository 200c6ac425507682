// The benchmark's routes beside the built app in `vite preview`, on the same origin:
//   /bench/decks/<deck>/slides.md    the deck (the seed deck's file, or a generated one)
//   /bench/decks/<deck>/images/…     the seed deck's images (relative links resolve for every tool)
//   /bench/decks/<deck>/reveal.html  reveal.js loading slides.md with its markdown and highlight plugins
//   /bench/decks/<deck>/floor.html   the deck's first slide as static HTML, no JavaScript
//   /bench/reveal/…                  reveal.js's dist/ from node_modules
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { marked } from 'marked';
import { generateDeck } from './generate-deck.mjs';

const SEED_DIR = join(import.meta.dirname, '..', 'e2e', 'fixtures', 'seed-deck');
const REVEAL_DIST = dirname(createRequire(import.meta.url).resolve('reveal.js'));
export const REVEAL_VERSION = /** @type {{ version: string }} */ (
  JSON.parse(readFileSync(join(REVEAL_DIST, '..', 'package.json'), 'utf8'))
).version;

/** reveal.js's default theme, as in its own index.html (its fonts are inlined, hence ~575 KB). */
const REVEAL_THEME = 'black';
/** reveal.js's markdown plugin splits slides with this RegExp (flags "mg"); so does the floor page. */
const SEPARATOR = '^\\r?\\n---\\r?\\n$';

/** @type {Record<string, string>} */
const TYPES = {
  '.md': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.sh': 'text/plain; charset=utf-8',
};

const MARKDOWN = 'text/markdown; charset=utf-8';
const HTML = 'text/html; charset=utf-8';

/** @type {Map<string, string>} */
const decks = new Map();

/**
 * The Markdown of a bench deck: "seed", or a slide count for a generated deck.
 * @param {string} name
 */
export function deckMarkdown(name) {
  let text = decks.get(name);
  if (text === undefined) {
    text = name === 'seed' ? readFileSync(join(SEED_DIR, 'slides.md'), 'utf8') : generateDeck(Number(name));
    decks.set(name, text);
  }
  return text;
}

/** Slides in a bench deck, split as reveal.js and the floor page split it. @param {string} name */
export const slideCount = (name) => deckMarkdown(name).split(new RegExp(SEPARATOR, 'm')).length;

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {string} name */
function revealPage(name) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>reveal.js: ${escapeHtml(name)}</title>
<link rel="stylesheet" href="/bench/reveal/reset.css">
<link rel="stylesheet" href="/bench/reveal/reveal.css">
<link rel="stylesheet" href="/bench/reveal/theme/${REVEAL_THEME}.css">
<link rel="stylesheet" href="/bench/reveal/plugin/highlight/monokai.css">
</head>
<body>
<div class="reveal"><div class="slides">
<section data-markdown="slides.md" data-separator="${SEPARATOR}"></section>
</div></div>
<script src="/bench/reveal/reveal.js"></script>
<script src="/bench/reveal/plugin/markdown.js"></script>
<script src="/bench/reveal/plugin/highlight.js"></script>
<script>
Reveal.initialize({ hash: true, transition: 'none', backgroundTransition: 'none', plugins: [RevealMarkdown, RevealHighlight] });
</script>
</body>
</html>
`;
}

/** @param {string} name */
function floorPage(name) {
  const first = deckMarkdown(name).split(new RegExp(SEPARATOR, 'm'))[0] ?? '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>floor: ${escapeHtml(name)}</title>
</head>
<body>
${/** @type {string} */ (marked.parse(first, { async: false }))}
</body>
</html>
`;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} type
 * @param {string | Buffer} body
 */
function send(res, type, body) {
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function serve(req, res) {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  const reveal = /^\/reveal\/(.+)$/.exec(path);
  const deck = /^\/decks\/(seed|\d{1,5})\/(.+)$/.exec(path);
  try {
    const revealFile = reveal?.[1];
    if (revealFile && !revealFile.includes('..')) {
      return send(res, TYPES[extname(path)] ?? 'application/octet-stream', await readFile(join(REVEAL_DIST, revealFile)));
    }
    if (deck) {
      const [, name = '', file = ''] = deck;
      if (file === 'slides.md') return send(res, MARKDOWN, deckMarkdown(name));
      if (file === 'reveal.html') return send(res, HTML, revealPage(name));
      if (file === 'floor.html') return send(res, HTML, floorPage(name));
      if (name === 'seed' && !file.includes('..')) {
        return send(res, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', await readFile(join(SEED_DIR, file)));
      }
    }
  } catch {
    // a missing file: 404 below
  }
  res.statusCode = 404;
  res.end('not found');
}

/**
 * The bench routes under /bench/ in `vite preview`.
 * @returns {import('vite').Plugin}
 */
export function benchPlugin() {
  return {
    name: 'lectern-bench',
    configurePreviewServer(server) {
      server.middlewares.use('/bench', (req, res) => void serve(req, res));
    },
  };
}

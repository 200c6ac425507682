// Test decks over real HTTP: e2e/fixtures and generated decks of any size. The same handler
// serves them beside the app (a vite preview plugin, /fixtures/ on the app's own origin) and,
// run as a script, as a second site with CORS, the way another host would serve a deck for ?src=.
import { createServer } from 'node:http';
import { serveFile } from '../scripts/serve-file.mjs';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, 'fixtures');
/** A deck of n slides, each with a heading, a list and a code block. */
export function generatedDeck(/** @type {number} */ n) {
  return Array.from(
    { length: n },
    (_, i) => `# Slide ${i + 1}\n\n- point one of ${i + 1}\n- point two\n\n\`\`\`js\nconst slide = ${i + 1};\n\`\`\`\n`,
  ).join('\n---\n');
}

/** A deck of n slides of about 1 KB each (5,000 make 5 MB): text, a list, a table and code. */
export function heavyDeck(/** @type {number} */ n) {
  const code = Array.from({ length: 15 }, (_, i) => `  const value${i} = compute(${i}, "item"); // line ${i}`).join('\n');
  return Array.from(
    { length: n },
    (_, i) =>
      `## Slide ${i + 1}\n\nSome *text* with a [link](https://example.com/${i}) and \`code\`, then a longer sentence so that the slide, like a real one, holds a paragraph of prose as well as its list, table and code.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| ${i} | x |\n\n\`\`\`js\nfunction slide${i}() {\n${code}\n}\n\`\`\`\n\nNotes:\nSay something about ${i}.\n`,
  ).join('\n---\n');
}

/**
 * Slides that break naive renderers, each with a heading that must still show:
 * deep nesting, a paragraph of nested emphasis, a 100 KB line, a 30 KB code
 * block, a slide over the size cap, and an unclosed comment.
 */
export function pathologicalSlides() {
  return [
    `# Deep quote\n\n${'>'.repeat(5000)} quoted text`,
    `# Deep list\n\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n')}`,
    `# Deep list markers\n\n${'- '.repeat(5000)}listed text`,
    `# Nested emphasis\n\nbefore\n\n${'*a '.repeat(3000)}x${' b*'.repeat(3000)}\n\nafter`,
    `# Long line\n\n${'word'.repeat(25_000)}`,
    `# Big code\n\n\`\`\`js\n${'const x = 1;\n'.repeat(2500)}\`\`\``,
    `# Too large\n\n${'lorem ipsum '.repeat(20_000)}`,
    `# Unclosed comment\n\nshown\n\n<!-- never closed`,
    `# After the comment\n\nvisible again`,
  ];
}

/** A deck of n slides whose last ones are the pathological slides. */
export function pathologicalDeck(/** @type {number} */ n) {
  const tail = pathologicalSlides();
  return `${generatedDeck(n - tail.length)}\n---\n${tail.join('\n---\n')}\n`;
}

/** 11 MB: over the deck size cap. */
const HUGE = Buffer.alloc(11 * 1024 * 1024, '# a\n\n---\n\n');

/** Decks in other encodings than UTF-8. */
const ENCODED = {
  'latin1.md': Buffer.from('# Café\n\nNaïve text, saved as Latin-1\n', 'latin1'),
  'utf16le.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Grüße\n\nSaved as UTF-16\n', 'utf16le')]),
};

/**
 * Answers one request for a fixture; `req.url` is relative to the fixtures folder.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function serveFixture(req, res) {
  let path;
  try {
    path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  } catch {
    res.statusCode = 400;
    return void res.end('bad path');
  }
  if (path === '/health') return void res.end('ok');
  // Failure modes for the loader's tests: any HTTP status, and a server that never answers.
  const status = /^\/status\/([1-5]\d\d)$/.exec(path);
  if (status) {
    res.statusCode = Number(status[1]);
    return void res.end();
  }
  if (path === '/hang') return void req.socket.unref();
  // A deck that has moved to another local site: /redirect/<port>/<path>.
  const moved = /^\/redirect\/(\d{2,5})\/(.+)$/.exec(path);
  if (moved) {
    res.writeHead(302, { Location: `http://127.0.0.1:${moved[1]}/${moved[2]}` });
    return void res.end();
  }
  const generated = /^\/generated\/(\d{1,5})\.md$/.exec(path);
  if (generated) {
    res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    return void res.end(generatedDeck(Number(generated[1])));
  }
  const heavy = /^\/heavy\/(\d{1,5})\.md$/.exec(path);
  if (heavy) {
    res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    return void res.end(heavyDeck(Number(heavy[1])));
  }
  const pathological = /^\/pathological\/(\d{2,5})\.md$/.exec(path);
  if (pathological) {
    res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    return void res.end(pathologicalDeck(Number(pathological[1])));
  }
  if (path === '/huge/declared.md' || path === '/huge/streamed.md') {
    res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    if (path.includes('declared')) res.setHeader('Content-Length', HUGE.length);
    else res.setHeader('Transfer-Encoding', 'chunked');
    res.on('error', () => undefined);
    return void res.end(HUGE);
  }
  const encoded = /^\/encoded\/([\w.]+)$/.exec(path)?.[1];
  if (encoded && Object.hasOwn(ENCODED, encoded)) {
    res.setHeader('Content-Type', 'text/markdown');
    return void res.end(ENCODED[/** @type {keyof typeof ENCODED} */ (encoded)]);
  }
  await serveFile(res, join(root, path));
}

/**
 * For `vite preview` in tests and the benchmark: the fixtures at /fixtures/ beside the built app.
 * @returns {import('vite').Plugin}
 */
export function fixturesPlugin() {
  return {
    name: 'lectern-test-fixtures',
    configurePreviewServer(server) {
      server.middlewares.use('/fixtures', (req, res) => void serveFixture(req, res));
    },
  };
}

/**
 * The second site: fixtures with CORS, on 127.0.0.1.
 * @param {number} port 0 for any free port
 * @returns {Promise<import('node:http').Server>}
 */
export function startFixtureSite(port) {
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    void serveFixture(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** @type {Promise<string> | undefined} */
let site;

/**
 * A vitest browser command: the address of a fixture site started once for the
 * whole run, which never keeps the test process alive.
 */
export function fixtureSite() {
  site ??= startFixtureSite(0).then((server) => {
    server.unref();
    const address = server.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  return site;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.argv[2] ?? 4174);
  startFixtureSite(port).catch((error) => {
    console.error(`The fixture site could not listen on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
  });
}

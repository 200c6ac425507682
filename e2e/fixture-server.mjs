// Test decks over real HTTP: e2e/fixtures and generated decks of any size. The same handler
// serves them beside the app (a vite preview plugin, /fixtures/ on the app's own origin) and,
// run as a script, as a second site with CORS, the way another host would serve a deck for ?src=.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, 'fixtures');
/** @type {Record<string, string>} */
const TYPES = {
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.sh': 'text/plain',
  '.html': 'text/html; charset=utf-8',
};

/** A deck of n slides, each with a heading, a list and a code block. */
export function generatedDeck(/** @type {number} */ n) {
  return Array.from(
    { length: n },
    (_, i) => `# Slide ${i + 1}\n\n- point one of ${i + 1}\n- point two\n\n\`\`\`js\nconst slide = ${i + 1};\n\`\`\`\n`,
  ).join('\n---\n');
}

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
  const generated = /^\/generated\/(\d{1,5})\.md$/.exec(path);
  if (generated) {
    res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    return void res.end(generatedDeck(Number(generated[1])));
  }
  try {
    const body = await readFile(join(root, path));
    res.setHeader('Content-Type', TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream');
    res.end(body);
  } catch {
    res.statusCode = 404;
    res.end('not found');
  }
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

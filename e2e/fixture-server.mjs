// Serves e2e/fixtures on 127.0.0.1 with CORS, as a second site would host a deck for ?src=.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const root = join(import.meta.dirname, 'fixtures');
const port = Number(process.argv[2] ?? 4174);
const types = { '.md': 'text/markdown; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.sh': 'text/plain' };

/** A deck of n slides, each with a heading, a list and a code block. */
function generatedDeck(n) {
  return Array.from(
    { length: n },
    (_, i) => `# Slide ${i + 1}\n\n- point one of ${i + 1}\n- point two\n\n\`\`\`js\nconst slide = ${i + 1};\n\`\`\`\n`,
  ).join('\n---\n');
}

createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  res.setHeader('Access-Control-Allow-Origin', '*');
  if (path === '/health') return res.end('ok');
  const generated = /^\/generated\/(\d{1,5})\.md$/.exec(path);
  if (generated) {
    res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    return res.end(generatedDeck(Number(generated[1])));
  }
  try {
    const body = await readFile(join(root, path));
    res.setHeader('Content-Type', types[extname(path)] ?? 'application/octet-stream');
    res.end(body);
  } catch {
    res.statusCode = 404;
    res.end('not found');
  }
}).listen(port, '127.0.0.1');

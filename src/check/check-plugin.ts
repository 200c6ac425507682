import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { CHECK_ENDPOINT, type DevCheckReply } from './dev-check-protocol';

/** The file a dev-server URL path serves: `/slides/…` from the slides folder (wherever it is), anything else from the root. */
function deckFile(urlPath: string, root: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const slides = resolve(root, process.env.LECTERN_SLIDES_DIR ?? 'slides');
  const file = path.startsWith('/slides/') ? resolve(slides, path.slice('/slides/'.length)) : resolve(root, `.${path}`);
  const inside = (dir: string): boolean => !relative(dir, file).startsWith('..');
  if (!(inside(slides) || inside(root)) || !file.endsWith('.md')) return undefined;
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}

async function findings(server: ViteDevServer, file: string): Promise<DevCheckReply> {
  // Loaded through Vite, like `npm run check`: the same TypeScript, fresh after every edit.
  const check = (await server.ssrLoadModule('/src/check/check-deck.ts')) as typeof import('./check-deck');
  const disk = (await server.ssrLoadModule('/src/check/disk-files.ts')) as typeof import('./disk-files');
  const lines = (await server.ssrLoadModule('/src/check/deck-lines.ts')) as typeof import('./deck-lines');
  const source = readFileSync(file, 'utf8');
  const deck = lines.deckLines(source);
  return {
    findings: check.checkDeck(source, disk.diskFiles(file)).map((f) => ({ ...f, slide: lines.slideAtLine(deck, f.line) })),
  };
}

/**
 * Dev server only: `GET /@lectern/check?deck=/slides/slides.md` answers the
 * deck's findings, for the badge src/check/dev-badge.ts shows.
 */
export function deckCheck(): Plugin {
  return {
    name: 'lectern-deck-check',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(CHECK_ENDPOINT, (req, res) => {
        const deck = new URL(req.url ?? '', 'http://localhost').searchParams.get('deck') ?? '';
        const file = deckFile(deck, server.config.root);
        const send = (status: number, body: unknown): void => {
          res.statusCode = status;
          res.setHeader('Content-Type', 'application/json');
          res.setHeader('Cache-Control', 'no-store');
          res.end(JSON.stringify(body));
        };
        if (!file) return send(404, { error: `no deck at ${deck}` });
        findings(server, file).then(
          (reply) => send(200, reply),
          (error: unknown) => send(500, { error: error instanceof Error ? error.message : String(error) }),
        );
      });
    },
  };
}

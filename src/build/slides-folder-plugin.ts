import { cpSync, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** The dev server's message to open pages: a file they may show changed (see src/live/). */
const DECK_CHANGED = 'lectern:deck-changed';

/** The Markdown file a dev-server request names, inside the slides folder or the project; undefined for anything else. */
function deckFile(url: string, root: string, slides: string): string | undefined {
  let path: string;
  try {
    const parsed = new URL(url, 'http://dev');
    // With a query it is an import (`?raw`, `?import`): Vite's own.
    if (parsed.search !== '') return undefined;
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (!path.endsWith('.md') || path.split('/').some((part) => part.startsWith('.'))) return undefined;
  const [dir, rest] = path.startsWith('/slides/') ? [slides, path.slice('/slides/'.length)] : [root, path.slice(1)];
  const file = resolve(dir, rest);
  const rel = relative(dir, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? file : undefined;
}

/**
 * Whether a file of the decks folder goes into the build: not a draft or a
 * partial (`_` at the start of its name or of a folder's on its path), not a
 * hidden file; the same rule as which decks the page lists.
 */
export function isPublished(path: string): boolean {
  return path.split(/[\\/]/).every((part) => !/^[_.]/.test(part) && part !== 'node_modules');
}

/** Folders of the project whose files no deck shows (code, builds, reports); top-level files are not either. */
const NOT_SHOWN = /^(src|scripts|node_modules|\.git|dist|bench|test-results|playwright-report|coverage)\//;

/** The URL path a file is served at in dev: `slides/` (wherever it is), else under the root; undefined for code and for files not served. */
function servedPath(file: string, root: string, slides: string): string | undefined {
  const under = (dir: string): string | undefined => {
    const rel = relative(dir, file);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined;
  };
  const inSlides = under(slides);
  if (inSlides !== undefined) return `/slides/${inSlides}`;
  const inRoot = under(root);
  if (inRoot === undefined || !inRoot.includes('/') || NOT_SHOWN.test(inRoot) || /\.(html|[cm]?[jt]sx?|css)$/.test(inRoot)) return undefined;
  return `/${inRoot}`;
}

/**
 * The deck is fetched at run time, never bundled: the build copies `slides/`
 * to `dist/slides/` as plain files (so a speaker can edit them on the server),
 * and the dev server tells open pages when a file in `slides/` changes, so
 * they update the deck in place.
 */
export function slidesFolder(slides: string): Plugin {
  let outDir = 'dist';
  let building = false;
  return {
    name: 'lectern-slides-folder',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build' && !config.mode.startsWith('test');
    },
    configureServer(server) {
      server.watcher.add(slides);
      // A deck, image or other file the page fetches (not code) changed: the page updates in place.
      const changed = (file: string): void => {
        if (server.moduleGraph.getModulesByFile(file)?.size) return;
        const path = servedPath(file, server.config.root, slides);
        if (path === undefined) return;
        server.ws.send({ type: 'custom', event: DECK_CHANGED, data: { path } });
        // The watcher drops a second change to a file within 50 ms of the first (a save, then a formatter's): look again after that.
        const seen = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
        setTimeout(() => {
          if (statSync(file, { throwIfNoEntry: false })?.mtimeMs !== seen) changed(file);
        }, 100);
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
      // Decks are read here, not by Vite's static files: a deck deleted or renamed while the page reads it is
      // a 404 here, where the static server would throw from its stream and stop the dev server.
      server.middlewares.use((req, res, next) => {
        const file = deckFile(req.url ?? '', server.config.root, slides);
        if (file === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
        readFile(file).then(
          (body) => {
            res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(req.method === 'HEAD' ? undefined : body);
          },
          () => next(),
        );
      });
    },
    closeBundle() {
      if (building && existsSync(slides)) {
        cpSync(slides, resolve(outDir, 'slides'), { recursive: true, filter: (source) => isPublished(relative(slides, source)) });
      }
    },
  };
}

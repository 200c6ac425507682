import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { isPublished } from '../src/build/slides-folder-plugin';

// What a speaker publishes: the build the preview serves, checked as a folder, no browser needed.
const OUT = resolve(process.env.LECTERN_OUT_DIR ?? 'dist');
const SLIDES = resolve(process.env.LECTERN_SLIDES_DIR ?? 'slides');
if (!existsSync(join(OUT, 'index.html'))) throw new Error(`${OUT}/index.html is missing: build first (npm run build), or run npm test, which does.`);

/** Every file under a folder, as paths relative to it with `/` separators. */
function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1).split('\\').join('/'))
    .sort();
}

const built = files(OUT);
// Drafts (`_…`) and hidden files stay out of the build (src/build/slides-folder-plugin.ts).
const deckFiles = files(SLIDES).filter(isPublished);
const isDeckCopy = (path: string) => path.startsWith('slides/') && deckFiles.includes(path.slice('slides/'.length));

test('the build holds no source maps, test fixtures or benchmark files', () => {
  expect(built.filter((path) => path.endsWith('.map'))).toEqual([]);
  // A file named like one of the tests' or the benchmark's is one of theirs, unless the deck has it too.
  const ours = new Set([...files('e2e'), ...files('bench')].map((path) => basename(path)));
  const leaked = built.filter((path) => !isDeckCopy(path) && ours.has(basename(path)));
  expect(leaked).toEqual([]);
  expect(built.filter((path) => /(^|\/)(e2e|fixtures|bench)\//.test(path))).toEqual([]);
});

test('every file of the deck folder is in the build, unchanged', () => {
  expect(built).toContain('index.html');
  expect(deckFiles.length).toBeGreaterThan(0);
  const missing = deckFiles.filter((path) => !existsSync(join(OUT, 'slides', path)));
  expect(missing).toEqual([]);
  const changed = deckFiles.filter((path) => !readFileSync(join(OUT, 'slides', path)).equals(readFileSync(join(SLIDES, path))));
  expect(changed).toEqual([]);
});

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg']);

test('every other file in the build is used: index.html leads to it, directly or through another file', () => {
  // Hashed asset names are unique, so a file's name in a script or a page is a reference to it.
  const others = built.filter((path) => !isDeckCopy(path));
  const reached = new Set(['index.html']);
  const queue = ['index.html'];
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    if (!TEXT.has(extname(path))) continue;
    const text = readFileSync(join(OUT, path), 'utf8');
    for (const other of others) {
      if (!reached.has(other) && text.includes(basename(other))) {
        reached.add(other);
        queue.push(other);
      }
    }
  }
  expect(others.filter((path) => !reached.has(path))).toEqual([]);
});

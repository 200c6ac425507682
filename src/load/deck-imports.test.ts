import { afterEach, describe, expect, it, vi } from 'vitest';
import { importedFiles, withImports } from './deck-imports';
import { parseDeck } from '../deck/parse-deck';

const BASE = 'https://talks.example/deck/';
/** A server with these files (paths relative to BASE); anything else is a 404. */
function serve(files: Record<string, string>): void {
  vi.stubGlobal('fetch', async (url: URL) => {
    const path = url.href.startsWith(BASE) ? url.href.slice(BASE.length) : '';
    const text = files[path];
    const response = text === undefined ? new Response('gone', { status: 404, statusText: 'Not Found' }) : new Response(text, { headers: { 'content-type': 'text/markdown' } });
    Object.defineProperty(response, 'url', { value: url.href });
    return response;
  });
}
const titles = async (source: string): Promise<string[]> => parseDeck(await withImports(source, `${BASE}slides.md`)).slides.map((s) => s.title);

afterEach(() => vi.unstubAllGlobals());

describe('withImports', () => {
  it('puts imported slides in place, imports inside imports too', async () => {
    serve({ 'a.md': '# A1\n\n---\nsrc: ./sub/b.md\n---\n', 'sub/b.md': '# B1\n\n![x](pic.png)\n\n---\n\n# B2' });
    const text = await withImports('# Start\n\n---\nsrc: ./a.md\n---\n\n---\n\n# End', `${BASE}slides.md`);
    expect(parseDeck(text).slides.map((s) => s.title)).toEqual(['Start', 'A1', 'B1', 'B2', 'End']);
    expect(text).toContain('![x](https://talks.example/deck/sub/pic.png)');
  });

  it('stops a file that imports itself, and one too deep, with a card', async () => {
    serve({ 'loop.md': '# Loop\n\n---\nsrc: ./loop.md\n---\n' });
    const text = await withImports('---\nsrc: loop.md\n---\n', `${BASE}slides.md`);
    expect(parseDeck(text).slides.map((s) => s.title)).toEqual(['Loop', 'Slides not imported: ./loop.md']);
    expect(text).toContain('The file imports itself');
    serve({ '1.md': '---\nsrc: 2.md\n---\n', '2.md': '---\nsrc: 3.md\n---\n', '3.md': '---\nsrc: 4.md\n---\n', '4.md': '---\nsrc: 5.md\n---\n', '5.md': '# Five' });
    expect(await withImports('---\nsrc: 1.md\n---\n', `${BASE}slides.md`)).toContain('Imports go 4 files deep at most.');
  });

  it('names a missing file and refuses other schemes', async () => {
    serve({});
    expect(await titles('# A\n\n---\nsrc: ./nope.md\n---\n')).toEqual(['A', 'Slides not imported: ./nope.md']);
    const refused = await withImports('---\nsrc: javascript:alert(1)//.md\n---\n', `${BASE}slides.md`);
    expect(refused).toContain('Only http(s) addresses');
    expect(await withImports('---\nsrc: https://elsewhere.example/x.md\n---\n', `${BASE}slides.md`)).toContain('own site');
  });

  it('refuses a file that redirects to another site', async () => {
    vi.stubGlobal('fetch', async (url: URL) => {
      const response = new Response('# Theirs', { headers: { 'content-type': 'text/markdown' } });
      Object.defineProperty(response, 'url', { value: url.href.replace(BASE, 'https://elsewhere.example/') });
      return response;
    });
    const text = await withImports('# A\n\n---\nsrc: ./moved.md\n---\n', `${BASE}slides.md`);
    expect(text).toContain('redirects to another');
    expect(text).not.toContain('# Theirs');
  });

  it('fetches a file imported twice once, and imports 20 files at most', async () => {
    const asked: string[] = [];
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, n) => [`p${n}.md`, `# P${n}`]));
    serve(files);
    const served = fetch;
    vi.stubGlobal('fetch', async (url: URL) => (asked.push(url.href), served(url)));
    const deck = ['# Start', ...Array.from({ length: 30 }, (_, n) => `\n---\nsrc: ./p${n}.md\n---\n`), '\n---\nsrc: ./p0.md\n---\n'].join('\n');
    const shown = await titles(deck);
    expect(asked).toHaveLength(20);
    expect(new Set(asked).size).toBe(20);
    expect(shown.slice(0, 21)).toEqual(['Start', ...Array.from({ length: 20 }, (_, n) => `P${n}`)]);
    expect(shown.slice(21, 31)).toEqual(Array(10).fill('Slides not imported: ./p20.md').map((t, n) => t.replace('20', String(20 + n))));
    expect(shown[31]).toBe('P0');
  });

  it('remembers the files a deck imports, missing ones too, for npm run dev to watch', async () => {
    serve({ 'a.md': '# A\n\n---\nsrc: ./sub/b.md\n---\n' });
    await withImports('# Start\n\n---\nsrc: ./a.md\n---\n', `${BASE}slides.md`);
    expect([...(importedFiles.get(`${BASE}slides.md`) ?? [])]).toEqual([`${BASE}a.md`, `${BASE}sub/b.md`]);
    await withImports('# Start, no imports now', `${BASE}slides.md`);
    expect(importedFiles.get(`${BASE}slides.md`)?.size).toBe(0);
  });
});

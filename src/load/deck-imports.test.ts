import { afterEach, describe, expect, it, vi } from 'vitest';
import { withImports } from './deck-imports';
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
    const refused = await withImports('---\nsrc: javascript:alert(1)\n---\n', `${BASE}slides.md`);
    expect(refused).toContain('Only http(s) addresses');
    expect(await withImports('---\nsrc: https://elsewhere.example/x.md\n---\n', `${BASE}slides.md`)).toContain('own site');
  });
});

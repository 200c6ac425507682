import { generate } from 'lean-qr';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown-to-html';
import { parseLinkDefinitions } from './markdown';

const render = (markdown: string) => markdownToHtml(markdown, parseLinkDefinitions(''), []);

/** The dark modules an SVG path of `M x y h n v1 h-n z` runs draws, row by row. */
function modulesOf(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(n); i++) (grid[Number(y)] ?? [])[Number(x) + i] = true;
  }
  return grid;
}

describe('.qr: lines', () => {
  it('draw the code lean-qr makes for the URL, at the size asked, as a link naming the URL', async () => {
    const url = 'https://example.org/talk?x=1&y=2';
    const html = await render(`# Scan me\n.qr: 450|${url}\nAfter`);
    const code = generate(url);
    const expected = Array.from({ length: code.size }, (_, y) => Array.from({ length: code.size }, (_, x) => code.get(x, y)));
    expect(modulesOf(/ d="([^"]+)"/.exec(html)?.[1] ?? '', code.size)).toEqual(expected);
    expect(html).toContain('<a href="https://example.org/talk?x=1&#38;y=2">');
    expect(html).toContain('aria-label="QR code: https://example.org/talk?x=1&#38;y=2"');
    expect(html).toMatch(/<svg [^>]*width="450" height="450"/);
    expect(html).toContain('<p>After</p>');
    expect(html).toContain('<h1 id="scan-me">');
  });

  it('leave any other URL, and a .qr: line inside code, as text', async () => {
    expect(await render('.qr: 450|javascript:alert(1)')).toBe('<p>.qr: 450|javascript:alert(1)</p>\n');
    const fenced = await render('```\n.qr: 450|https://example.org\n```');
    expect(fenced).not.toContain('<svg');
    expect(fenced).toContain('.qr: 450|https://example.org');
  });
});

describe('sized images', () => {
  it('a `=N%` or `=Npx` title sets the width and is no tooltip', async () => {
    expect(await render('![a cat](cat.png "=50%")')).toContain('<img src="cat.png" alt="a cat" style="width:50%">');
    expect(await render('![a cat](cat.png "=300px")')).toContain('style="width:300px"');
    expect(await render('![a cat](cat.png "=300%")')).toContain('style="width:100%"');
  });

  it('any other title stays a title', async () => {
    const html = await render('![a cat](cat.png "=50%; color: red")');
    expect(html).toContain('title="=50%; color: red"');
    expect(html).not.toContain('style=');
  });
});

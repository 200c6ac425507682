import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckReferences } from './deck-references';

const md = (...lines: string[]): string => lines.join('\n');

describe('deckReferences', () => {
  it('finds inline images and links with their lines', () => {
    expect(deckReferences(md('# Title', '', '![logo](img/logo.png)', 'see [docs](docs/a.html#x) and [site](https://example.com)'))).toEqual([
      { kind: 'image', url: 'img/logo.png', line: 3 },
      { kind: 'link', url: 'docs/a.html#x', line: 4 },
      { kind: 'link', url: 'https://example.com', line: 4 },
    ]);
  });

  it('counts line numbers across slides, front matter and CRLF files', () => {
    const text = md('---', 'title: T', '---', '# One', '', '---', '', '# Two', '![a](a.png)').replace(/\n/g, '\r\n');
    expect(deckReferences(text)).toEqual([{ kind: 'image', url: 'a.png', line: 9 }]);
  });

  it('reports a reference-style URL once, at its definition, as an image when an image uses it', () => {
    const text = md('![shot][screen] and [home][]', '', '---', '', '[screen]: img/screen.png', '[home]: index.html "Home"');
    expect(deckReferences(text)).toEqual([
      { kind: 'image', url: 'img/screen.png', line: 5 },
      { kind: 'link', url: 'index.html', line: 6 },
    ]);
  });

  it('finds src, href, poster and srcset of raw HTML, block and inline', () => {
    const text = md(
      '<video controls',
      '  poster="p.jpg">',
      '  <source src="clip.mp4" type="video/mp4">',
      '</video>',
      '',
      'An <img src=\'inline.png\' alt=""> and <a href=page.html>a</a>.',
      '',
      '<img srcset="s1.png 1x, s2.png 2x">',
    );
    expect(deckReferences(text)).toEqual([
      { kind: 'image', url: 'p.jpg', line: 2 },
      { kind: 'link', url: 'clip.mp4', line: 3 },
      { kind: 'image', url: 'inline.png', line: 6 },
      { kind: 'link', url: 'page.html', line: 6 },
      { kind: 'image', url: 's1.png', line: 8 },
      { kind: 'image', url: 's2.png', line: 8 },
    ]);
  });

  it('ignores code blocks, code spans, HTML comments and comment idioms', () => {
    const text = md(
      '```md',
      '![no](fenced.png)',
      '```',
      '',
      '    ![no](indented.png)',
      '',
      'Use `![no](span.png)` like this.',
      '',
      '<!-- ![no](comment.png) <img src="c.png"> -->',
      '[//]: # (![no](idiom.png))',
      '![yes](real.png)',
    );
    expect(deckReferences(text)).toEqual([{ kind: 'image', url: 'real.png', line: 11 }]);
  });

  it('keeps URLs as written, and finds images in links, lists and quotes', () => {
    const text = md('- item', '- [![badge](../b.svg)](./x/y.md)', '', '> quote', '> ![q](<with space.png>)');
    expect(deckReferences(text)).toEqual([
      { kind: 'link', url: './x/y.md', line: 2 },
      { kind: 'image', url: '../b.svg', line: 2 },
      { kind: 'image', url: 'with space.png', line: 5 },
    ]);
  });

  it('ends an unclosed fence at the next separator, as the app does', () => {
    expect(deckReferences(md('```', 'code', '---', '![after](after.png)'))).toEqual([{ kind: 'image', url: 'after.png', line: 4 }]);
  });

  it('points a link whose text spans lines at the line of its URL', () => {
    expect(deckReferences(md('A [long', 'text](far.html) here'))).toEqual([{ kind: 'link', url: 'far.html', line: 2 }]);
  });

  it('finds the seed deck images on their lines', () => {
    const seed = readFileSync(join(import.meta.dirname, '../../e2e/fixtures/seed-deck/slides.md'), 'utf8');
    const lines = seed.split(/\r?\n/);
    const refs = deckReferences(seed);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(lines[ref.line - 1]).toContain(ref.url);
  });
});

describe('deckReferences: notes written as a comment', () => {
  it('finds what a <!-- notes: --> comment shows in the presenter view, and nothing of other comments', () => {
    const refs = deckReferences('# Slide\n\n<!-- notes: see\n![diagram](notes/diagram.png) -->\n\n<!-- ![hidden](hidden.png) -->\n');
    expect(refs).toEqual([{ kind: 'image', url: 'notes/diagram.png', line: 4 }]);
  });
});

describe('deckReferences: raw HTML attributes', () => {
  it('reads src and href by name, never inside another attribute or a data- attribute', () => {
    const refs = deckReferences('<img src="a.png" alt="set src=b.png" data-src="lazy.png" title=\'href="c.html"\'>');
    expect(refs.map((r) => r.url)).toEqual(['a.png']);
  });
});

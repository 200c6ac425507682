import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeckList } from '../load/deck-list';
import { withDeckList } from './deck-list-plugin';

// The page as the project has it, so a change to its preload line breaks this test, not a talk.
const INDEX = readFileSync(join(import.meta.dirname, '../../index.html'), 'utf8');
const deck = (file: string, title = file) => ({ file, title, slides: 3 });
const listIn = (html: string) => parseDeckList(/<script type="application\/json" id="lectern-decks">(.*?)<\/script>/.exec(html)?.[1]);
const preloads = (html: string) => [...html.matchAll(/<link\b[^>]*rel="preload"[^>]*href="([^"]*)"/g)].map((m) => m[1]);

describe('withDeckList', () => {
  it('keeps the preload of slides/slides.md when it is the one deck, and carries the list', () => {
    const html = withDeckList(INDEX, [deck('slides.md')]);
    expect(preloads(html)).toEqual(['./slides/slides.md']);
    expect(listIn(html)).toEqual([deck('slides.md')]);
  });

  it('names slides/decks.json for tools that start from the page', () => {
    expect(withDeckList(INDEX, [deck('a.md')])).toMatch(/<link rel="alternate" type="application\/json" href="\.\/slides\/decks\.json"/);
  });

  it('preloads the one deck whatever its name', () => {
    expect(preloads(withDeckList(INDEX, [deck('my talk#1.md')]))).toEqual(['./slides/my%20talk%231.md']);
  });

  it('preloads nothing when there are several decks', () => {
    const html = withDeckList(INDEX, [deck('a.md'), deck('b.md')]);
    expect(preloads(html)).toEqual([]);
    expect(listIn(html)).toHaveLength(2);
  });

  it('leaves the page as it is with no deck, but for an empty list', () => {
    const html = withDeckList(INDEX, []);
    expect(preloads(html)).toEqual(['./slides/slides.md']);
    expect(listIn(html)).toEqual([]);
  });

  it('keeps a title holding </script> inside the JSON', () => {
    const title = '</script><script>alert(1)</script>';
    const html = withDeckList(INDEX, [deck('a.md', title), deck('b.md')]);
    expect(html).not.toContain('</script><script>alert(1)');
    expect(listIn(html)?.[0]?.title).toBe(title);
  });
});

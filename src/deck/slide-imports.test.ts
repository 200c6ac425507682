import { describe, expect, it } from 'vitest';
import { findImports, importedLines, missingImport, rebaseUrls, spliceImports } from './slide-imports';
import { parseDeck } from './parse-deck';

const DECK = ['---', 'theme: seriph', '---', '', '# One', '', '---', 'src: ./parts/two.md#2-3 # the middle', 'layout: center', '---', '', 'Ignored, as in Slidev', '', '---', '', '# Last'].join('\n');
const PART = ['---', 'layout: fact', 'class: big', '---', '', '# Two A', '', '---', '', '# Two B', '', '![chart](img/chart.png)', '', '---', 'layout: image-right', 'image: img/side.png', '---', '', '# Two C', '', '[next](../next.md) `![code](stays.png)`'].join('\n');
const URL = 'https://talks.example/deck/parts/two.md';

describe('src: imports', () => {
  it('finds the importing slide, its path, range and other settings', () => {
    const [site] = findImports(DECK);
    expect(site).toEqual({ from: 7, to: 13, path: './parts/two.md', pick: '2-3', settings: ['layout: center'] });
  });

  it('puts the picked slides in its place, in order, the importing settings over the first slide', () => {
    const sites = findImports(DECK);
    const lines = importedLines(PART, URL, sites[0] ?? { pick: '', settings: [] });
    const deck = parseDeck(spliceImports(DECK, sites, [lines]));
    expect(deck.slides.map((s) => s.title)).toEqual(['One', 'Two B', 'Two C', 'Last']);
    expect(lines.slice(0, 2)).toEqual(['layout: center', '---']);
    expect(lines).toContain('layout: image-right');
  });

  it('takes every slide without a # part, the file front matter as the first slide settings', () => {
    const lines = importedLines(PART, URL, { pick: '', settings: ['layout: cover'] });
    expect(lines.slice(0, 3)).toEqual(['class: big', 'layout: cover', '---']);
  });

  it('makes relative images, links and image settings absolute against the imported file, but not code', () => {
    const text = importedLines(PART, URL, { pick: '', settings: [] }).join('\n');
    expect(text).toContain('![chart](https://talks.example/deck/parts/img/chart.png)');
    expect(text).toContain('image: https://talks.example/deck/parts/img/side.png');
    expect(text).toContain('[next](https://talks.example/deck/next.md)');
    expect(text).toContain('`![code](stays.png)`');
    expect(rebaseUrls(['<img src="a.png">', '[top](#intro)', '', '    ![x](indented.png)'], URL)).toEqual([
      '<img src="https://talks.example/deck/parts/a.png">',
      '[top](#intro)',
      '',
      '    ![x](indented.png)',
    ]);
  });

  it('reads an import as the last slide, and a deck without any', () => {
    expect(findImports('# a\n\n---\nsrc: b.md\n---\n')).toMatchObject([{ path: 'b.md', from: 3, to: 4 }]);
    expect(findImports('# a\n\nsrc: not front matter\n')).toEqual([]);
  });

  it('leaves src: in prose, and src: of a file that is not Markdown, as text', () => {
    expect(findImports('# a\n\n---\n\nsrc: data/survey.md\n')).toEqual([]);
    expect(findImports('# a\n\n---\nsrc: data/survey.md\n')).toEqual([]);
    expect(findImports('# a\n\n---\nsrc: data/survey.csv\n---\n')).toEqual([]);
    expect(findImports('# a\n\n---\nsrc: ./part.markdown#2\n---\n')).toMatchObject([{ path: './part.markdown', pick: '2' }]);
  });

  it('shows a missing file as a card with its name, escaped', () => {
    const deck = parseDeck(spliceImports(DECK, findImports(DECK), [missingImport('./<b>.md', 'HTTP 404.')]));
    expect(deck.slides).toHaveLength(3);
    expect(deck.slides[1]?.markdown).toContain('Slides not imported: ./&#60;b&#62;.md');
  });
});

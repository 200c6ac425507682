import { describe, expect, it } from 'vitest';
import { offlineFiles } from './offline-files';

const SCOPE = 'https://talks.example/repo/';
const DECK = 'https://talks.example/repo/slides/slides.md';
const md = (...lines: string[]): string => lines.join('\n');

describe('offlineFiles', () => {
  it('resolves images and links against the deck, as the slides do', () => {
    const text = md('![a](images/a.png)', '', '---', '', '![b](../shared/b.svg)', '[script](docker_demo.sh)');
    expect(offlineFiles(text, DECK, SCOPE)).toEqual([
      'https://talks.example/repo/slides/images/a.png',
      'https://talks.example/repo/shared/b.svg',
      'https://talks.example/repo/slides/docker_demo.sh',
    ]);
  });

  it('keeps images from other sites, but not pages on other sites or outside the app', () => {
    const text = md('![logo](https://cdn.example/logo.png)', '[site](https://example.com/)', '[other project](/other/index.html)');
    expect(offlineFiles(text, DECK, SCOPE)).toEqual(['https://cdn.example/logo.png']);
  });

  it('leaves out the deck, the app page, in-deck anchors and what cannot be fetched', () => {
    const text = md(
      '[heading](#intro) [self](slides.md) [app](../) [app page](../index.html?src=x.md) [mail](mailto:a@b.c)',
      '![data](data:image/png;base64,AAAA) <img src="javascript:alert(1)">',
    );
    expect(offlineFiles(text, DECK, SCOPE)).toEqual([]);
  });

  it('keeps only the images of a deck from another site, not what it links to on the talk\'s site', () => {
    const text = md('![a](a.png) [script](demo.sh) [site file](https://talks.example/repo/notes.txt)');
    expect(offlineFiles(text, 'https://other.example/decks/deck.md', SCOPE)).toEqual(['https://other.example/decks/a.png']);
  });

  it("never lets a deck from another site name the talk's own site, even as an image", () => {
    const text = md('![a](https://talks.example/repo/slides/other.md) ![b](https://talks.example/elsewhere/data.json) ![c](c.png)');
    expect(offlineFiles(text, 'https://other.example/decks/deck.md', SCOPE)).toEqual(['https://other.example/decks/c.png']);
  });

  it('lists each file once, without its fragment', () => {
    const text = md('![a](a.png) ![again](./a.png)', '[a](a.png#part) <img src="a.png">', '', 'Notes:', '![in notes](n.png)');
    expect(offlineFiles(text, DECK, SCOPE)).toEqual(['https://talks.example/repo/slides/a.png', 'https://talks.example/repo/slides/n.png']);
  });

  it('keeps raw HTML sources and reference-style images', () => {
    const text = md('<img src="raw.png" alt="">', '', '![shot][s]', '', '[s]: img/shot.png');
    expect(offlineFiles(text, DECK, SCOPE)).toEqual([
      'https://talks.example/repo/slides/raw.png',
      'https://talks.example/repo/slides/img/shot.png',
    ]);
  });

  it("keeps the deck's own stylesheet (front matter css:)", () => {
    const text = '---\ntitle: Talk\ncss: theme.css\n---\n# One\n';
    expect(offlineFiles(text, DECK, SCOPE)).toEqual(['https://talks.example/repo/slides/theme.css']);
  });

  it('keeps the stylesheet the page found beside the deck (theme.css), under the same rules', () => {
    expect(offlineFiles('# One\n', DECK, SCOPE, 'theme.css')).toEqual(['https://talks.example/repo/slides/theme.css']);
    expect(offlineFiles('# One\n', 'https://other.example/d/deck.md', SCOPE, 'https://talks.example/repo/x.css')).toEqual([]);
  });
});

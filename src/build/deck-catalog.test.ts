import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDeck } from '../deck/parse-deck';
import { catalogDecks, deckFiles, describeDeck, isDeckFile } from './deck-catalog';

const FIXTURES = join(import.meta.dirname, '../../e2e/fixtures');

describe('isDeckFile', () => {
  it.each(['slides.md', 'talk.MD', '2024/talk.md', 'a/b/c.md'])('%s is a deck', (file) => expect(isDeckFile(file)).toBe(true));
  it.each(['README.md', 'readme.md', '2024/Readme.md', '_draft.md', '_drafts/talk.md', '.hidden/talk.md', 'node_modules/x/talk.md', 'notes.txt', 'images/a.png', 'talk.md.bak'])(
    '%s is not a deck',
    (file) => expect(isDeckFile(file)).toBe(false),
  );
});

describe('describeDeck', () => {
  it('takes the title from front matter first, then the first slide', () => {
    expect(describeDeck('a.md', '---\ntitle: Front\n---\n\n# Heading\n\n---\n\nTwo', parseDeck)).toEqual({ file: 'a.md', title: 'Front', slides: 2 });
    expect(describeDeck('a.md', '# Heading\n\n---\n\nTwo\n\n---\n\nThree', parseDeck)).toEqual({ file: 'a.md', title: 'Heading', slides: 3 });
  });

  it('falls back to the file name for a deck with no title at all', () => {
    expect(describeDeck('2024/q3-review.md', '---\nratio: 4:3\n---\n', parseDeck)).toEqual({ file: '2024/q3-review.md', title: 'q3-review', slides: 0 });
  });
});

describe('catalogDecks', () => {
  it('lists the test folder of several decks: sub-folders in, README and _draft out, sorted by path', () => {
    expect(catalogDecks(join(FIXTURES, 'several-decks'), parseDeck)).toEqual([
      { file: '2024/retro.md', title: 'Year in review', slides: 3 },
      { file: 'intro.md', title: 'Opening keynote', slides: 4 },
      { file: 'workshop.md', title: 'Hands-on workshop', slides: 2 },
    ]);
  });

  it("gives a deck the theme.css beside it, unless its front matter names a stylesheet", () => {
    expect(catalogDecks(join(FIXTURES, 'one-deck'), parseDeck)).toEqual([{ file: 'talk.md', title: 'The only talk', slides: 2, css: 'theme.css' }]);
  });

  it('lists nothing for a folder that does not exist', () => {
    expect(catalogDecks(join(FIXTURES, 'no-such-folder'), parseDeck)).toEqual([]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'lectern-decks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sorts numbers in file names by value, not by character', () => {
    for (const n of [10, 2, 1]) writeFileSync(join(dir, `talk-${n}.md`), `# Talk ${n}`);
    expect(deckFiles(dir).sort()).toEqual(['talk-1.md', 'talk-10.md', 'talk-2.md']);
    expect(catalogDecks(dir, parseDeck).map((deck) => deck.file)).toEqual(['talk-1.md', 'talk-2.md', 'talk-10.md']);
  });

  it('parses a deck again once it changed, and only then', () => {
    const cache = new Map<string, { stamp: string; entry: { file: string; title: string; slides: number } }>();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub/deck.md'), '# First');
    let parsed = 0;
    const counting = (source: string) => (parsed++, parseDeck(source));
    catalogDecks(dir, counting, cache);
    const before = parsed;
    catalogDecks(dir, counting, cache);
    expect(parsed).toBe(before);
    writeFileSync(join(dir, 'sub/deck.md'), '# Renamed talk\n\n---\n\nTwo');
    expect(catalogDecks(dir, counting, cache).find((deck) => deck.file === 'sub/deck.md')).toEqual({ file: 'sub/deck.md', title: 'Renamed talk', slides: 2 });
    expect(parsed).toBe(before + 1);
  });
});

import { describe, expect, it } from 'vitest';
import { deckPath, listsDecks, parseDeckList } from './deck-list';
import { deckHref } from './deck-link';
import { DEFAULT_DECK, deckSource, defaultDeck } from './deck-source';

const deck = (file: string) => ({ file, title: file, slides: 1 });
const two = [deck('a.md'), deck('b.md')];

describe('listsDecks', () => {
  it('lists several decks when the address names none', () => {
    expect(listsDecks('http://h/talks/', two)).toBe(true);
    expect(listsDecks('http://h/talks/?src=', two)).toBe(true);
    expect(listsDecks('http://h/talks/?presenter#/3', two)).toBe(true);
  });

  it('opens the deck ?src= names, and never lists one deck or none', () => {
    expect(listsDecks('http://h/?src=slides/a.md', two)).toBe(false);
    expect(listsDecks('http://h/', [deck('a.md')])).toBe(false);
    expect(listsDecks('http://h/', [])).toBe(false);
    expect(listsDecks('http://h/', undefined)).toBe(false);
  });
});

describe('defaultDeck', () => {
  it('is the one deck, whatever its name or folder', () => {
    expect(defaultDeck([deck('talk.md')])).toBe('slides/talk.md');
    expect(defaultDeck([deck('2024/my talk.md')])).toBe('slides/2024/my%20talk.md');
  });

  it('is slides/slides.md with no list (a page served without one) or an empty one', () => {
    expect(defaultDeck(undefined)).toBe(DEFAULT_DECK);
    expect(defaultDeck([])).toBe(DEFAULT_DECK);
  });

  it('is what deckSource opens without ?src=, under any sub-path; ?src= still wins', () => {
    expect(deckSource('http://h/sub/path/', defaultDeck([deck('talk.md')]))).toEqual({ ok: true, url: new URL('http://h/sub/path/slides/talk.md') });
    expect(deckSource('http://h/sub/?src=other.md', defaultDeck([deck('talk.md')]))).toEqual({ ok: true, url: new URL('http://h/sub/other.md') });
  });
});

describe('deckPath and deckHref', () => {
  it('escapes what would end the path early, and keeps the slashes readable', () => {
    expect(deckPath('2024/a #1 & b?.md')).toBe('slides/2024/a%20%231%20%26%20b%3F.md');
    const page = new URL(deckHref('', '2024/a #1 & b?.md'), 'http://h/x/');
    expect(page.searchParams.get('src')).toBe('slides/2024/a%20%231%20%26%20b%3F.md');
    // The deck the page then fetches is that very file.
    expect(decodeURIComponent(new URL(page.searchParams.get('src') ?? '', page).pathname)).toBe('/x/slides/2024/a #1 & b?.md');
    expect(deckHref('', 'intro.md')).toBe('?src=slides/intro.md');
  });

  it('replaces ?src= and keeps the other parameters of the page', () => {
    expect(deckHref('?presenter&src=old.md', 'a.md')).toBe('?src=slides/a.md&presenter=');
    expect(deckHref('', 'a.md')).toBe('?src=slides/a.md');
  });
});

describe('parseDeckList', () => {
  it('reads the list the page carries, and nothing from no list or a broken one', () => {
    expect(parseDeckList(JSON.stringify(two))).toEqual(two);
    expect(parseDeckList(undefined)).toBeUndefined();
    expect(parseDeckList('')).toBeUndefined();
    expect(parseDeckList('{"file":')).toBeUndefined();
    expect(parseDeckList('{}')).toBeUndefined();
  });
});

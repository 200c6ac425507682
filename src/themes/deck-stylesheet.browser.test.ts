import { describe, expect, it } from 'vitest';
import { parseDeck } from '../deck/parse-deck';
import { deckStylesheetUrl } from './deck-stylesheet';

const deck = (css: string) => parseDeck(`---\ncss: ${css}\n---\n# Slide`);
const here = new URL('talks/deck.md', location.href).href;

describe('deckStylesheetUrl', () => {
  it('resolves css: against the deck, on the page\'s own site', () => {
    const url = deckStylesheetUrl({ deck: deck('look/theme.css'), url: here, externalHost: undefined });
    expect(url).toBeInstanceOf(URL);
    expect(String(url)).toBe(new URL('talks/look/theme.css', location.href).href);
  });

  it('refuses a stylesheet on another site, even for the site\'s own deck', () => {
    expect(deckStylesheetUrl({ deck: deck('https://example.org/evil.css'), url: here, externalHost: undefined })).toBe('https://example.org is another site');
  });

  it('gives a deck from another site no stylesheet, even its own', () => {
    const url = 'https://example.org/deck.md';
    expect(deckStylesheetUrl({ deck: deck('theme.css'), url, externalHost: 'example.org' })).toBe('the deck is from example.org, another site');
  });

  it('has nothing to load for a deck without css:', () => {
    expect(deckStylesheetUrl({ deck: parseDeck('# Slide'), url: here, externalHost: undefined })).toBeUndefined();
  });
});

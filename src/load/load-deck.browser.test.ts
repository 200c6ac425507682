import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { DECK_SIZE_CAP, DEFAULT_DECK, deckSource, fetchDeck } from './deck-source';
import { loadDeck } from './load-deck';

let site = '';
beforeAll(async () => {
  site = await commands.fixtureSite();
});
afterEach(() => vi.restoreAllMocks());

const at = (path: string) => new URL(path, `${site}/`);

describe('deckSource', () => {
  it.each([
    ['http://h/talk/', `http://h/talk/${DEFAULT_DECK}`],
    ['http://h/talk/index.html?src=decks/a.md#/3', 'http://h/talk/decks/a.md'],
    ['http://h/talk/?src=/b.md', 'http://h/b.md'],
    ['http://h/?src=https://example.org/c.md', 'https://example.org/c.md'],
    ['http://h/?src=//example.org/d.md', 'http://example.org/d.md'],
    ['http://h/?src=HTTPS://h/e.md', 'https://h/e.md'],
    ['http://h/?src=%20%20', `http://h/${DEFAULT_DECK}`],
    ['http://h/?src=http://[bad', `http://h/${DEFAULT_DECK}`],
  ])('%s loads %s', (page, deck) => {
    expect(deckSource(page)).toEqual({ ok: true, url: new URL(deck) });
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['%20%09javascript:alert(1)', 'javascript'],
    ['java%09script:alert(1)', 'javascript'],
    ['data:text/markdown,%23%20Hi', 'data'],
    ['blob:http://h/0b7c', 'blob'],
    ['file:///etc/passwd', 'file'],
    ['ftp://h/deck.md', 'ftp'],
  ])('refuses ?src=%s, naming the scheme, before fetching anything', (src, scheme) => {
    const fetching = vi.spyOn(window, 'fetch');
    const result = deckSource(`http://h/?src=${src}`);
    expect(result).toMatchObject({ ok: false, title: 'This deck source is refused', detail: expect.stringContaining(`${scheme}:`) });
    expect(fetching).not.toHaveBeenCalled();
  });
});

describe('fetchDeck: every failure is a message that names the URL', () => {
  it('reads a Markdown deck', async () => {
    const result = await fetchDeck(at('notes-deck.md'));
    expect(result.ok && result.text).toContain('# Remark slide');
  });

  it.each([
    [404, 'Deck not found'],
    [500, 'The deck could not be loaded'],
    [403, 'The deck could not be loaded'],
  ])('HTTP %i: %s, with the status', async (status, title) => {
    const url = at(`status/${status}`);
    expect(await fetchDeck(url)).toMatchObject({ ok: false, title, detail: expect.stringContaining(`${url.href} answered HTTP ${status}`) });
  });

  it('a web page instead of Markdown is "not found": what dev servers answer for a missing file', async () => {
    const result = await fetchDeck(at('page.html'));
    expect(result).toMatchObject({ ok: false, title: 'Deck not found', detail: expect.stringContaining('answered with a web page') });
  });

  it('a binary file is not a deck', async () => {
    const result = await fetchDeck(at('images-deck/images/union.png'));
    expect(result).toMatchObject({ ok: false, title: 'This is not a Markdown deck', detail: expect.stringContaining('image/png') });
  });

  it('an empty file says so', async () => {
    expect(await fetchDeck(at('empty.md'))).toMatchObject({ ok: false, title: 'The deck is empty' });
  });

  it('a server that refuses the connection is a network error', async () => {
    const result = await fetchDeck(new URL('http://127.0.0.1:9/deck.md'));
    expect(result).toMatchObject({ ok: false, title: 'The deck could not be loaded', detail: expect.stringContaining('http://127.0.0.1:9/deck.md') });
  });

  it('a server that never answers times out', async () => {
    const result = await fetchDeck(at('hang'), 300);
    expect(result).toMatchObject({ ok: false, title: 'The deck took too long to load', detail: expect.stringContaining('0.3 seconds') });
  });
});

describe('loadDeck', () => {
  it('parses the deck and reports its warnings in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await loadDeck(at('unclosed.md'));
    if (!result.ok) throw new Error(result.detail);
    expect(result.deck.slides).toHaveLength(3);
    expect(result.url).toBe(at('unclosed.md').href);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringContaining('never closed')]);
  });

  it('a deck of front matter only has no slides, and says so', async () => {
    expect(await loadDeck(at('front-matter-only.md'))).toMatchObject({ ok: false, title: 'The deck has no slides' });
  });

  it('passes a fetch failure on as it is', async () => {
    expect(await loadDeck(at('status/404'))).toMatchObject({ ok: false, title: 'Deck not found' });
  });
});

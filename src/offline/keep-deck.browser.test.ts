import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { keepDeck } from './keep-deck';
import { DECK_CACHE, FILE_CACHE } from './offline-protocol';

// keepDeck runs in the service worker; fetch and CacheStorage are the same on a page.
let site = '';
beforeAll(async () => {
  site = await commands.fixtureSite();
});
beforeEach(async () => {
  await caches.delete(DECK_CACHE);
  await caches.delete(FILE_CACHE);
});

const scope = `${location.origin}/`;
const cached = async (cache: string, url: string) => (await (await caches.open(cache)).match(url)) !== undefined;

describe('keepDeck', () => {
  it('keeps a deck and its images, and names an image the server does not have', async () => {
    const deck = `${site}/images-deck/deck.md`;
    const reply = await keepDeck({ type: 'lectern-keep-deck', app: undefined, requested: deck, deck }, scope);
    expect(reply).toEqual({ kind: 'kept', files: 2, missing: [`${site}/images-deck/images/nowhere.png`] });
    expect(await cached(DECK_CACHE, deck)).toBe(true);
    const image = await (await caches.open(FILE_CACHE)).match(`${site}/images-deck/images/union.png`);
    expect(image?.headers.get('content-type')).toBe('image/png');
  });

  it('keeps a deck that was redirected under both addresses, since the page asks for the first', async () => {
    const port = new URL(site).port;
    const requested = `${site}/redirect/${port}/images-deck/deck.md`;
    const deck = `${site}/images-deck/deck.md`;
    expect((await keepDeck({ type: 'lectern-keep-deck', app: undefined, requested, deck }, scope)).kind).toBe('kept');
    expect(await cached(DECK_CACHE, requested)).toBe(true);
    expect(await cached(DECK_CACHE, deck)).toBe(true);
  });

  it('fails, caching nothing, when the deck cannot be had', async () => {
    const deck = `${site}/status/503`;
    const reply = await keepDeck({ type: 'lectern-keep-deck', app: undefined, requested: deck, deck }, scope);
    expect(reply.kind).toBe('failed');
    expect(await caches.has(FILE_CACHE)).toBe(false);
  });
});

/**
 * The service worker's side of "keep this talk": caches the deck and every
 * file it uses, refreshing what it already had, and says what is missing.
 */
import { decodeDeck } from '../load/decode-deck';
import { hasDiagrams } from '../diagrams/has-diagrams';
import { offlineFiles } from './offline-files';
import { DECK_CACHE, FILE_CACHE, type KeepReply, type KeepRequest } from './offline-protocol';

/** Files fetched at once: enough to be quick, few enough not to crowd out the slides' own requests. */
const PARALLEL = 4;

type Outcome = 'cached' | 'missing' | 'failed';

/** A file from another site comes with CORS when it can, else opaque (an image still shows from it). */
async function download(url: string): Promise<Response> {
  // no-cache: revalidated, so a file changed on the server is what gets kept.
  if (new URL(url).origin === location.origin) return fetch(url, { cache: 'no-cache' });
  try {
    return await fetch(url, { mode: 'cors', cache: 'no-cache', credentials: 'omit' });
  } catch {
    return fetch(url, { mode: 'no-cors', cache: 'no-cache', credentials: 'omit' });
  }
}

/** Fetches `url` into `cache`; without a network, a copy already there will do. */
async function keep(cache: Cache, url: string): Promise<Outcome> {
  try {
    const response = await download(url);
    if (response.ok || response.type === 'opaque') {
      await cache.put(url, response);
      return 'cached';
    }
    if (response.status === 404 || response.status === 410) return 'missing';
  } catch (error) {
    console.warn(`Lectern: ${url} could not be kept for offline use.`, error);
  }
  return (await cache.match(url, { ignoreVary: true })) ? 'cached' : 'failed';
}

async function deckText(request: KeepRequest): Promise<string | undefined> {
  const decks = await caches.open(DECK_CACHE);
  const outcome = await keep(decks, request.deck);
  const copy = await decks.match(request.deck, { ignoreVary: true });
  if (outcome !== 'cached' || !copy) return undefined;
  // The page may ask for it under the address it was redirected from: keep it there too.
  if (request.requested !== request.deck) await decks.put(request.requested, copy.clone());
  // An opaque copy (another site without CORS) cannot be read: the page could not have read it either.
  return copy.type === 'opaque' ? undefined : decodeDeck(new Uint8Array(await copy.arrayBuffer())).text;
}

/** `diagramFiles`: the app's files a deck with a diagram needs besides its own (Mermaid's, not precached). */
export async function keepDeck(request: KeepRequest, scope: string, diagramFiles: readonly string[] = []): Promise<KeepReply> {
  const text = await deckText(request);
  if (text === undefined) return { kind: 'failed', reason: `the deck ${request.deck} could not be cached` };
  const files = [...offlineFiles(text, request.deck, scope, request.stylesheet), ...(hasDiagrams(text) ? diagramFiles : [])];
  const cache = await caches.open(FILE_CACHE);
  const outcomes = new Map<string, Outcome>();
  const queue = [...files];
  const worker = async (): Promise<void> => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) outcomes.set(url, await keep(cache, url));
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const having = (outcome: Outcome): string[] => files.filter((url) => outcomes.get(url) === outcome);
  const failed = having('failed');
  if (failed.length > 0) return { kind: 'failed', reason: `${failed.length} file(s) could not be cached: ${failed.join(', ')}` };
  return { kind: 'kept', files: files.length, missing: having('missing') };
}

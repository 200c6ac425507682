/**
 * The service worker (production builds only): the app is precached by
 * Workbox from the build's manifest; the page itself, the deck and its files
 * are network first, so an edit on the server shows on the next online load,
 * and the cached copy answers when the network does not.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setDefaultHandler } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { keepDeck } from './keep-deck';
import { isAppPage } from './offline-files';
import { DECK_CACHE, DIAGRAM_FILES, FILE_CACHE, isKeepRequest, type KeepReply } from './offline-protocol';

// The few parts of ServiceWorkerGlobalScope used here (the project's TypeScript lib is the DOM's).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
declare const self: {
  __WB_MANIFEST: (string | { url: string; revision: string | null; [DIAGRAM_FILES]?: true })[];
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
};

/** How long the page and the deck wait for a slow network before the cached copy is used. */
const PAGE_TIMEOUT_MS = 4000;
const DECK_TIMEOUT_S = 10;
/** Images show late rather than never: a slide waits this long for one before its copy is used. */
const FILE_TIMEOUT_S = 3;

const scope = self.registration.scope;

// A new deploy takes over as soon as it is installed: the page it serves comes from the network
// (network first), so this worker's copy of the app is the one that page runs.
self.addEventListener('install', () => void self.skipWaiting());
clientsClaim();
cleanupOutdatedCaches();

async function appPage(request: Request): Promise<Response> {
  const network = fetch(request);
  let timer: number | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, PAGE_TIMEOUT_MS)));
  // Offline (a failed fetch), slow, or an error page: the copy, if this worker has one.
  const answer = await Promise.race([network, timeout]).catch(() => undefined);
  clearTimeout(timer);
  if (answer?.ok) return answer;
  return (await matchPrecache('index.html')) ?? answer ?? network;
}

// Registered before the precache, which would otherwise answer the page from its copy first.
registerRoute(({ request, url }) => request.mode === 'navigate' && isAppPage(url, scope), ({ request }) => appPage(request));
// Workbox's build puts the list of the app's files in place of this name, which may appear only once.
const manifest = self.__WB_MANIFEST;
const forDiagrams = (entry: (typeof manifest)[number]): boolean => typeof entry !== 'string' && entry[DIAGRAM_FILES] === true;
precacheAndRoute(manifest.filter((entry) => !forDiagrams(entry)));
/** Mermaid's files: megabytes every talk would download otherwise; kept only with a deck that draws a diagram. */
const diagramFiles = manifest.filter(forDiagrams).map((entry) => new URL(typeof entry === 'string' ? entry : entry.url, scope).href);

const matchOptions = { ignoreVary: true };
const decks = new NetworkFirst({ cacheName: DECK_CACHE, networkTimeoutSeconds: DECK_TIMEOUT_S, matchOptions });
const files = new NetworkFirst({ cacheName: FILE_CACHE, networkTimeoutSeconds: FILE_TIMEOUT_S, matchOptions });
const holds = async (cache: string, request: Request): Promise<boolean> =>
  (await (await caches.open(cache)).match(request.url, matchOptions)) !== undefined;

// Only what a kept deck uses is cached; anything else goes to the network untouched.
setDefaultHandler(async (options) => {
  const { request } = options;
  if (await holds(DECK_CACHE, request)) return decks.handle(options);
  if (await holds(FILE_CACHE, request)) return files.handle(options);
  return fetch(request);
});

/** One job per deck at a time: the audience and presenter windows both ask. */
const jobs = new Map<string, Promise<KeepReply>>();

self.addEventListener('message', (event) => {
  const { data } = event;
  const port = event.ports[0];
  if (!isKeepRequest(data) || !port) return;
  const reply = async (): Promise<KeepReply> => {
    // A page loaded with Shift+Reload is not controlled until claimed.
    await self.clients.claim();
    if (data.app !== undefined && getCacheKeyForURL(data.app) === undefined) return { kind: 'other-version' };
    let job = jobs.get(data.deck);
    if (!job) {
      job = keepDeck(data, scope, diagramFiles).finally(() => jobs.delete(data.deck));
      jobs.set(data.deck, job);
    }
    return job;
  };
  event.waitUntil(
    reply().then(
      (answer) => port.postMessage(answer),
      (error: unknown) => port.postMessage({ kind: 'failed', reason: String(error) } satisfies KeepReply),
    ),
  );
});

/**
 * The page's side of the offline copy, loaded on demand once the first slide
 * has painted and the page is idle (production builds only: OfflineController): registers the service worker, asks it to
 * keep the deck and its files, and says "available offline" when it has.
 */
import { deckSource } from '../load/deck-source';
import type { KeepReply, KeepRequest } from './offline-protocol';
import '../components/lectern-offline-status';

/** Beside index.html, so its scope is the folder the talk is served from, whatever the sub-path. */
const WORKER = 'sw.js';
/** A worker of another build (an old one, before a new deploy took over) is asked again this often. */
const TRIES = 3;

function ask(worker: ServiceWorker, request: KeepRequest): Promise<KeepReply> {
  const channel = new MessageChannel();
  const reply = new Promise<KeepReply>((resolve) => (channel.port1.onmessage = (event: MessageEvent<KeepReply>) => resolve(event.data)));
  worker.postMessage(request, [channel.port2]);
  return reply;
}

/** The worker controlling this page, once there is one. */
function controller(): Promise<ServiceWorker> {
  const now = navigator.serviceWorker.controller;
  if (now) return Promise.resolve(now);
  return new Promise((resolve) =>
    navigator.serviceWorker.addEventListener('controllerchange', function changed() {
      const next = navigator.serviceWorker.controller;
      if (!next) return;
      navigator.serviceWorker.removeEventListener('controllerchange', changed);
      resolve(next);
    }),
  );
}

async function nextController(than: ServiceWorker): Promise<void> {
  while (navigator.serviceWorker.controller === than) {
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  }
}

function show(presenter: boolean): void {
  const status = document.createElement('lectern-offline-status');
  status.presenter = presenter;
  document.body.append(status);
}

/**
 * Keeps the talk for offline use, `deck` being where the deck was found (after
 * any redirect). Failures go to the console only: nothing alarming on the projector.
 */
export async function keepOffline(deck: string, presenter: boolean, stylesheet?: string): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const source = deckSource(location.href);
  const requested = source.ok ? source.url.href : deck;
  try {
    const registration = await navigator.serviceWorker.register(new URL(WORKER, document.baseURI), { updateViaCache: 'none' });
    const installing = registration.installing;
    // A worker that cannot install (a file of the app missing on the server) never becomes ready: say so.
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'redundant' && !registration.active) console.warn('Lectern: the offline copy of the app could not be made.');
    });
    const app = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
    let worker = navigator.serviceWorker.controller ?? (await navigator.serviceWorker.ready).active ?? registration.active;
    for (let tries = 0; worker && tries < TRIES; tries++) {
      const reply = await ask(worker, { type: 'lectern-keep-deck', app, requested, deck, ...(stylesheet ? { stylesheet } : {}) });
      if (reply.kind === 'other-version') {
        await nextController(navigator.serviceWorker.controller ?? worker);
        worker = navigator.serviceWorker.controller;
        continue;
      }
      if (reply.kind === 'failed') return console.warn(`Lectern: this talk is not fully available offline: ${reply.reason}.`);
      for (const url of reply.missing) console.warn(`Lectern: ${url} is missing on the server; it is not part of the offline copy.`);
      // Cached is not enough: this page's requests must go through the worker that holds the copy.
      await controller();
      return show(presenter);
    }
  } catch (error) {
    console.warn('Lectern: this talk is not available offline.', error);
  }
}

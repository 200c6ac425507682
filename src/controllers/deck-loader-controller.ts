import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Deck } from '../deck/types';
import { deckUrl } from '../load/deck-source';
import { loadDeck } from '../load/load-deck';
import { SlideRenderer } from '../render/render-slide';

export type DeckStatus =
  | { kind: 'loading'; url: string }
  | { kind: 'error'; title: string; detail: string; advice: string }
  | { kind: 'ready'; deck: Deck; renderer: SlideRenderer; url: string };

/** Loads the deck the page names (`?src=`, else the default) once the host connects. */
export class DeckLoaderController implements ReactiveController {
  status: DeckStatus = { kind: 'loading', url: '' };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onReady: (status: Extract<DeckStatus, { kind: 'ready' }>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.status.kind === 'loading' && this.status.url === '') void this.load();
  }

  private async load(): Promise<void> {
    const url = deckUrl(location.href);
    this.set({ kind: 'loading', url: url.href });
    const result = await loadDeck(url);
    if (!result.ok) return this.set({ kind: 'error', title: result.title, detail: result.detail, advice: result.advice });
    const ready = { kind: 'ready', deck: result.deck, renderer: new SlideRenderer(result.deck, result.url), url: result.url } as const;
    this.set(ready);
    this.onReady(ready);
  }

  private set(status: DeckStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

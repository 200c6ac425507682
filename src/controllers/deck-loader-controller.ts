import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Deck } from '../deck/types';
import { deckSource } from '../load/deck-source';
import { loadDeck } from '../load/load-deck';
import { takeDeckDownload, takeRenderer } from '../boot';
import { SlideRenderer } from '../render/render-slide';

export type DeckStatus =
  | { kind: 'loading'; url: string }
  | { kind: 'error'; title: string; detail: string; advice: string }
  | {
      kind: 'ready';
      deck: Deck;
      renderer: SlideRenderer;
      url: string;
      /** The host of a deck from another origin, which the page names; undefined for the site's own. */
      externalHost: string | undefined;
      /** False when the file was not UTF-8 and some characters could not be read. */
      utf8: boolean;
    };

export type ReadyDeck = Extract<DeckStatus, { kind: 'ready' }>;

/**
 * Loads the deck the page names (`?src=`, else the default) once the host
 * connects; `replace` puts a saved version in its place (see src/live/).
 */
export class DeckLoaderController implements ReactiveController {
  status: DeckStatus = { kind: 'loading', url: '' };
  /** Why the last save is not shown (a fence not closed yet…): the deck on screen stays the last good one. */
  editProblem: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onReady: (status: ReadyDeck) => void,
    /** The deck was saved and the new version replaced the old one in place. */
    private readonly onEdited: (status: ReadyDeck) => void,
  ) {
    host.addController(this);
  }

  /** The deck was saved: `edited` (the new version) replaces the one shown, in place. */
  replace(edited: ReadyDeck): void {
    this.editProblem = undefined;
    this.set(edited);
    this.onEdited(edited);
  }

  hostConnected(): void {
    if (this.status.kind === 'loading' && this.status.url === '') void this.load();
  }

  async load(): Promise<void> {
    const source = deckSource(location.href);
    if (!source.ok) return this.set({ kind: 'error', title: source.title, detail: source.detail, advice: source.advice });
    // Started at boot, the render worker boots while the deck is on its way.
    const markdown = takeRenderer();
    this.set({ kind: 'loading', url: source.url.href });
    const result = await loadDeck(source.url, takeDeckDownload(source.url));
    if (!result.ok) return this.set({ kind: 'error', title: result.title, detail: result.detail, advice: result.advice });
    // After a redirect the deck may live on another site than the one ?src= named.
    const external = new URL(result.url).origin !== location.origin;
    const ready = {
      kind: 'ready',
      deck: result.deck,
      // A deck from another origin gets no <style>: its author is not the site's.
      renderer: new SlideRenderer(result.deck, result.url, markdown, !external),
      url: result.url,
      externalHost: external ? new URL(result.url).host : undefined,
      utf8: result.utf8,
    } as const;
    this.set(ready);
    this.onReady(ready);
  }

  private set(status: DeckStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

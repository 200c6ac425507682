import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DeckLoaderController } from '../controllers/deck-loader-controller';
import { editProblem } from '../deck/edit-problem';
import { loadDeck } from '../load/load-deck';
import { SlideRenderer } from '../render/render-slide';
import { carryOver, renderAgain } from './carry-over';
import { markSaved } from './saved-files';
import { importedFiles } from '../load/deck-imports';

/** Sent by the dev server (vite.config.ts) when a file a page may show is saved. */
const DECK_CHANGED = 'lectern:deck-changed';

interface Changed {
  /** The URL path of the saved file. */
  path: string;
}

/**
 * `npm run dev` only: the deck, saved, updates in place (same slide, overlays
 * and timer untouched) unless it is half-written; an image or other file it
 * shows, saved, is shown again.
 */
export class LiveEditController implements ReactiveController {
  private reloads = 0;
  private savedWhileLoading = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loader: DeckLoaderController,
    /** Slides were rendered again: the views should show them. */
    private readonly onRendered: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    import.meta.hot?.on(DECK_CHANGED, this.onChanged);
    // This code may arrive after the deck: a save made meanwhile is read now.
    if (this.loader.status.kind === 'ready') void this.reload();
    else this.savedWhileLoading = true;
  }

  hostUpdated(): void {
    if (!this.savedWhileLoading || this.loader.status.kind !== 'ready') return;
    this.savedWhileLoading = false;
    void this.reload();
  }

  hostDisconnected(): void {
    import.meta.hot?.off(DECK_CHANGED, this.onChanged);
  }

  private readonly onChanged = ({ path }: Changed): void => {
    const status = this.loader.status;
    // A page showing an error (the deck was missing, say) tries again on any save.
    if (status.kind === 'error') return void this.loader.load();
    // Saved while the deck loads: read it again once it has.
    if (status.kind !== 'ready') return void (this.savedWhileLoading = true);
    // The server names the file as it is on disk; the deck's URL has it percent-encoded.
    const saved = new URL(path, location.origin);
    const deck = new URL(status.url);
    // Or a file the deck imports (Slidev's `src:`), or tried to: it may just have been written.
    const imported = importedFiles.get(status.url)?.has(saved.href) === true;
    if (deck.origin === location.origin && (deck.pathname === saved.pathname || imported)) return void this.reload();
    const href = saved.href;
    markSaved(href);
    void renderAgain(status.renderer, href).then(this.onRendered);
  };

  /** Reads the deck again. A half-written version is not shown: the loader's `editProblem` says why. */
  private async reload(): Promise<void> {
    const shown = this.loader.status;
    if (shown.kind !== 'ready') return;
    const reload = ++this.reloads;
    const result = await loadDeck(new URL(shown.url));
    if (reload !== this.reloads || this.loader.status !== shown) return;
    const problem = result.ok ? editProblem(shown.deck, result.deck) : `${result.title}: ${result.detail}`;
    if (!result.ok || problem !== undefined) {
      this.loader.editProblem = problem;
      return this.host.requestUpdate();
    }
    if (JSON.stringify(result.deck) === JSON.stringify(shown.deck)) {
      // Saved as it was (or back to it): nothing to render again.
      this.loader.editProblem = undefined;
      return this.host.requestUpdate();
    }
    const previous = shown.renderer;
    const renderer = new SlideRenderer(result.deck, result.url, previous.markdown, previous.styles);
    carryOver(previous, renderer);
    this.loader.replace({ ...shown, deck: result.deck, renderer, utf8: result.utf8 });
  }
}

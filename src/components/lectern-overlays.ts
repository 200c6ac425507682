import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Deck } from '../deck/types';
import type { Scope } from '../deck/keymap';
import type { SlideRenderer } from '../render/render-slide';
import type { Overlay } from './talk-view';
import { CloseOverlayEvent, ViewLoadFailedEvent } from '../events';
import { nextTask } from '../load/next-task';
import { deepActiveElement } from './deep-active-element';
import { isLoaded, loadView, type OnDemandView } from './on-demand';

const VIEWS: Record<Overlay, { tag: OnDemandView; name: string }> = {
  overview: { tag: 'lectern-overview', name: 'the overview' },
  toc: { tag: 'lectern-toc', name: 'the table of contents' },
  help: { tag: 'lectern-help', name: 'the help' },
};

/**
 * Shows the overlay the root asks for: overview, table of contents or help,
 * each fetched the first time it opens. Keys pressed while it is on its way
 * are held, never passed to the deck behind, and given to it once it is open.
 */
@customElement('lectern-overlays')
export class LecternOverlays extends LitElement {
  @property() overlay: Overlay | undefined;
  @property({ attribute: false }) deck!: Deck;
  @property({ attribute: false }) renderer!: SlideRenderer;
  @property({ type: Number }) index = 0;
  @property() scope: Scope = 'audience';

  private held: KeyboardEvent[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const overlay = this.overlay;
    if (!changed.has('overlay') || !overlay) return;
    const { tag, name } = VIEWS[overlay];
    if (isLoaded(tag)) return;
    window.addEventListener('keydown', this.hold, true);
    loadView(tag)
      .then(() => this.updateComplete)
      .then(() => (this.renderRoot.querySelector(tag) as LitElement | null)?.updateComplete)
      .then(
        () => void this.replay(),
        (error: unknown) => {
          this.release();
          this.dispatchEvent(new ViewLoadFailedEvent(name, error));
        },
      );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release();
  }

  private readonly hold = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.held.push(event);
  };

  private release(): KeyboardEvent[] {
    window.removeEventListener('keydown', this.hold, true);
    const held = this.held;
    this.held = [];
    return held;
  }

  /**
   * The keys pressed while the overlay loaded, in order, as if it had been
   * there: to the overlay while it is open, to the deck once an Esc closed it.
   */
  private async replay(): Promise<void> {
    for (const { key, code, shiftKey, repeat } of this.release()) {
      // A key event made by script does not close a modal dialog the way a real Esc does.
      if (key === 'Escape' && this.overlay) {
        if (!repeat) this.dispatchEvent(new CloseOverlayEvent());
      } else {
        const init = { key, code, shiftKey, repeat, bubbles: true, composed: true, cancelable: true };
        (deepActiveElement() ?? document.body).dispatchEvent(new KeyboardEvent('keydown', init));
      }
      // What that key changed (every element's update) is on the page before the next one.
      await nextTask();
    }
  }

  override render() {
    switch (this.overlay) {
      case 'overview':
        return html`<lectern-overview .deck=${this.deck} .renderer=${this.renderer} .index=${this.index} .scope=${this.scope}></lectern-overview>`;
      case 'toc':
        return html`<lectern-toc .deck=${this.deck} .index=${this.index} .scope=${this.scope}></lectern-toc>`;
      case 'help':
        return html`<lectern-help .scope=${this.scope}></lectern-help>`;
      default:
        return nothing;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-overlays': LecternOverlays;
  }
}

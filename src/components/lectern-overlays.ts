import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Deck } from '../deck/types';
import type { Scope } from '../deck/keymap';
import type { SlideRenderer } from '../render/render-slide';
import type { Overlay } from './lectern-app';
import './lectern-overview';
import './lectern-toc';
import './lectern-help';

/** Shows the overlay the root asks for: overview, table of contents or help. */
@customElement('lectern-overlays')
export class LecternOverlays extends LitElement {
  @property() overlay: Overlay | undefined;
  @property({ attribute: false }) deck!: Deck;
  @property({ attribute: false }) renderer!: SlideRenderer;
  @property({ type: Number }) index = 0;
  @property() scope: Scope = 'audience';

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

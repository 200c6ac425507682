import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/**
 * What the audience and the speaker should know about where a deck comes
 * from: a badge naming the host of a deck from another site, and a banner
 * (dismissable) when the file is not UTF-8.
 *
 * @csspart badge - the "external deck" badge
 * @csspart banner - the "not UTF-8" banner
 */
@customElement('lectern-deck-notices')
export class LecternDeckNotices extends LitElement {
  static override styles = css`
    :host {
      position: absolute;
      inset: 0;
      z-index: 4;
      pointer-events: none;
      font: 14px/1.4 var(--lectern-font, system-ui, sans-serif);
    }
    .badge {
      position: absolute;
      top: 8px;
      left: 8px;
      padding: 2px 8px;
      border-radius: 4px;
      background: rgb(0 0 0 / 0.6);
      color: #fff;
      font-size: 12px;
    }
    /* The presenter view's top bar holds the title: the badge goes to the foot of the page. */
    :host([presenter]) .badge {
      top: auto;
      bottom: 6px;
    }
    .banner {
      display: flex;
      align-items: center;
      justify-content: center;
      gap: 1rem;
      padding: 6px 12px;
      background: #fff3cd;
      color: #5c3b00;
      border-bottom: 2px solid #c98a00;
      pointer-events: auto;
    }
    .banner button {
      font: inherit;
      border: 1px solid #c98a00;
      background: #fff;
      color: inherit;
      border-radius: 4px;
      cursor: pointer;
    }
  `;

  /** Host of a deck from another site; empty for the site's own deck. */
  @property() externalHost = '';
  /** Shown in the presenter view. */
  @property({ type: Boolean, reflect: true }) presenter = false;
  /** The file is not UTF-8: some characters show as �. */
  @property({ type: Boolean }) notUtf8 = false;
  @state() private dismissed = false;

  override render() {
    return html`${this.notUtf8 && !this.dismissed
      ? html`<div class="banner" part="banner" role="status">
          <span>This file is not UTF-8, so some characters show as �: save it as UTF-8.</span>
          <button type="button" @click=${() => (this.dismissed = true)}>Dismiss</button>
        </div>`
      : nothing}${this.externalHost
      ? html`<div class="badge" part="badge" title="This deck is loaded from another site">external deck: ${this.externalHost}</div>`
      : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-deck-notices': LecternDeckNotices;
  }
}

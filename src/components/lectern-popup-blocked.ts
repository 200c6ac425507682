import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { CloseOverlayEvent } from '../events';

/**
 * Shown when the browser blocks the presenter window or a clone of the audience window: a link always works,
 * because a click is the user gesture popup blockers wait for.
 *
 * @fires lectern-close-overlay - the link was followed or the message dismissed
 */
@customElement('lectern-popup-blocked')
export class LecternPopupBlocked extends LitElement {
  static override styles = css`
    :host {
      position: absolute;
      top: 1rem;
      left: 50%;
      transform: translateX(-50%);
      z-index: 10;
    }
    div {
      display: flex;
      gap: 1rem;
      align-items: center;
      padding: 0.8rem 1.2rem;
      border-radius: 8px;
      background: #fff8e6;
      color: #3d2c00;
      border: 2px solid #c98a00;
      font: 18px/1.4 var(--lectern-font, system-ui, sans-serif);
      box-shadow: 0 4px 18px rgb(0 0 0 / 0.25);
    }
    a {
      color: #0a4a94;
      font-weight: 600;
    }
    button {
      font: inherit;
      border: 1px solid #8a6a1c;
      border-radius: 6px;
      background: transparent;
      cursor: pointer;
    }
  `;

  @property() url = '';

  override render() {
    const close = () => this.dispatchEvent(new CloseOverlayEvent());
    const view = new URL(this.url).searchParams.has('presenter') ? 'presenter view' : 'audience window';
    return html`<div role="alert">
      <span>The browser blocked the ${view}.</span>
      <a href=${this.url} target="_blank" rel="opener" @click=${close}>Open the ${view}</a>
      <button @click=${close} aria-label="Dismiss">✕</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-popup-blocked': LecternPopupBlocked;
  }
}

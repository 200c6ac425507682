import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/** Long enough to be read at a glance; the projector then shows only the talk. */
const AUDIENCE_SECONDS = 6;

/**
 * "Available offline": the talk, its deck and every file it uses are cached.
 * A chip in a corner, for a few seconds on the audience view, and for good in
 * the presenter view, where the speaker may want to check it before pulling
 * the cable.
 *
 * @cssproperty --lectern-offline-status-color - its text
 * @cssproperty --lectern-offline-status-background - its background
 * @csspart chip - the chip
 */
@customElement('lectern-offline-status')
export class LecternOfflineStatus extends LitElement {
  static override styles = css`
    /* Across from the slide counter, clear of the progress bar. */
    :host {
      position: fixed;
      left: 24px;
      bottom: 16px;
      z-index: 7;
      pointer-events: none;
      font: 13px/1.4 var(--lectern-font, system-ui, sans-serif);
    }
    /* In the presenter view's bottom margin, at the foot of the notes. */
    :host([presenter]) {
      left: auto;
      right: 24px;
      bottom: 3px;
      font-size: 12px;
    }
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--lectern-offline-status-background, rgb(0 0 0 / 0.7));
      color: var(--lectern-offline-status-color, #e8f5e9);
    }
    :host(:not([presenter])) .chip {
      animation: fade 0.6s ${AUDIENCE_SECONDS}s forwards;
    }
    @keyframes fade {
      to {
        opacity: 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      :host(:not([presenter])) .chip {
        animation-duration: 0s;
      }
    }
  `;

  /** Shown in the presenter view: it stays. */
  @property({ type: Boolean, reflect: true }) presenter = false;
  /** Empty at first, so the live region announces the text it then gets. */
  @state() private text = '';

  override connectedCallback(): void {
    super.connectedCallback();
    requestAnimationFrame(() => (this.text = 'Available offline'));
  }

  override render() {
    return html`<div role="status">
      ${this.text
        ? html`<span part="chip" class="chip" @animationend=${() => this.remove()}><span aria-hidden="true">✓ </span>${this.text}</span>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-offline-status': LecternOfflineStatus;
  }
}

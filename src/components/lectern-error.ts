import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/**
 * A readable failure: what went wrong, where, and what to do about it.
 *
 * @csspart panel - the message box
 */
@customElement('lectern-error')
export class LecternError extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      place-items: center;
      min-height: 100%;
      padding: 2rem;
      box-sizing: border-box;
      background: #f6f7f9;
      font: 18px/1.5 var(--lectern-font, system-ui, sans-serif);
      color: #1f2430;
    }
    .panel {
      max-width: 44rem;
      background: #fff;
      border-left: 8px solid #b42318;
      border-radius: 8px;
      padding: 1.5rem 2rem;
      box-shadow: 0 2px 12px rgb(0 0 0 / 0.08);
    }
    h1 {
      margin: 0 0 0.5rem;
      font-size: 1.6rem;
    }
    .detail {
      overflow-wrap: anywhere;
    }
  `;

  @property() heading = '';
  @property() detail = '';
  @property() advice = '';

  override render() {
    return html`<div class="panel" part="panel" role="alert">
      <h1>${this.heading}</h1>
      <p class="detail">${this.detail}</p>
      <p>${this.advice}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-error': LecternError;
  }
}

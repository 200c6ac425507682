import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { SlideFinding } from '../check/dev-check-protocol';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Dev server only: what `npm run check` finds in the deck being edited, as a
 * small badge in the top-right corner (clear of the slide's padding, where no
 * content goes) that opens a list; an entry goes to its slide. Nothing shows
 * while the deck is clean.
 *
 * @csspart badge - the count
 * @csspart list - the list of findings
 */
@customElement('lectern-check-badge')
export class LecternCheckBadge extends LitElement {
  static override styles = css`
    /* It tells the author, not the reader of a printout. */
    @media print {
      :host {
        display: none;
      }
    }
    :host {
      position: fixed;
      top: 8px;
      right: 8px;
      z-index: 8;
      font: 13px/1.4 var(--lectern-font, system-ui, sans-serif);
    }
    .badge {
      display: block;
      margin-left: auto;
      padding: 1px 9px;
      border: 0;
      border-radius: 999px;
      font: inherit;
      font-weight: 600;
      color: #fff;
      background: #9a5b00;
      cursor: pointer;
    }
    .badge.error {
      background: #b42318;
    }
    :focus-visible {
      outline: 2px solid #ffcf70;
      outline-offset: 2px;
    }
    .list {
      margin: 6px 0 0;
      padding: 4px;
      width: min(30rem, calc(100vw - 32px));
      max-height: min(24rem, calc(100vh - 56px));
      overflow: auto;
      list-style: none;
      border-radius: 8px;
      background: rgb(20 24 31 / 0.96);
      box-shadow: 0 6px 24px rgb(0 0 0 / 0.4);
    }
    .list button {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 8px;
      width: 100%;
      padding: 6px 8px;
      border: 0;
      border-radius: 6px;
      background: none;
      color: #f1f3f6;
      font: inherit;
      text-align: left;
      cursor: pointer;
    }
    .list button:hover {
      background: rgb(255 255 255 / 0.08);
    }
    .level {
      font-weight: 600;
    }
    .level.error {
      color: #ff8a80;
    }
    .level.warning {
      color: #ffcf70;
    }
    .where {
      color: #b5bdca;
    }
    .message {
      grid-column: 2;
      overflow-wrap: anywhere;
    }
  `;

  @property({ attribute: false }) findings: SlideFinding[] = [];
  @state() private open = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
  }

  override render() {
    if (this.findings.length === 0) return nothing;
    const errors = this.findings.filter((f) => f.level === 'error').length;
    const warnings = this.findings.length - errors;
    const summary = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
    return html`
      <button
        class="badge ${errors ? 'error' : 'warning'}"
        part="badge"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="findings"
        aria-label="Deck check: ${summary}"
        title="Deck check: ${summary}"
        @click=${() => (this.open = !this.open)}
      >
        ⚠ ${this.findings.length}
      </button>
      ${this.open
        ? html`<ul class="list" id="findings" part="list" aria-label="Deck check">
            ${this.findings.map(
              (f) => html`<li>
                <button @click=${() => this.go(f.slide)}>
                  <span class="level ${f.level}">${f.level}</span>
                  <span class="where">slide ${f.slide}, line ${f.line}</span>
                  <span class="message">${f.message}</span>
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
    `;
  }

  private go(slide: number): void {
    this.open = false;
    // The app's own navigation: it reads the hash like any link to a slide.
    location.hash = `#/${slide}`;
  }

  /** Keys pressed here are for the badge, not the talk (Space on an entry must not move the slide). */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    event.stopPropagation();
    if (event.key === 'Escape' && this.open) {
      this.open = false;
      this.renderRoot.querySelector<HTMLButtonElement>('.badge')?.focus();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-check-badge': LecternCheckBadge;
  }
}

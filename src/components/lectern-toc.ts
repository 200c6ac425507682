import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Deck } from '../deck/types';
import type { Scope } from '../deck/keymap';
import { DialogController } from '../controllers/dialog-controller';
import { GotoEvent } from '../events';
import { dialogStyles } from '../styles/dialog-styles';

/** Slide titles, numbered; the current one marked; a click or Enter shows that slide. */
@customElement('lectern-toc')
export class LecternToc extends LitElement {
  static override styles = [
    dialogStyles,
    css`
      dialog {
        width: min(44rem, 94vw);
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0.5rem;
      }
      ol button {
        display: flex;
        gap: 0.8rem;
        width: 100%;
        padding: 0.35rem 0.7rem;
        border: none;
        border-radius: 6px;
        background: none;
        text-align: left;
      }
      ol button:hover {
        background: #262c36;
      }
      .number {
        min-width: 2.5em;
        color: #b5bdca;
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      [aria-current] {
        background: #1f3a5f;
        font-weight: 600;
      }
      .untitled {
        color: #b5bdca;
        font-style: italic;
      }
    `,
  ];

  @property({ attribute: false }) deck!: Deck;
  @property({ type: Number }) index = 0;
  @property() scope: Scope = 'audience';
  private readonly dialog = new DialogController(this, 'toc', () => this.scope);

  protected override firstUpdated(): void {
    const current = this.renderRoot.querySelector<HTMLButtonElement>('[aria-current]');
    current?.focus();
    current?.scrollIntoView({ block: 'center' });
  }

  private onKeyDown(event: KeyboardEvent): void {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('ol button')];
    const at = buttons.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    const target =
      event.key === 'Home' ? buttons[0] : event.key === 'End' ? buttons.at(-1) : step ? buttons[at + step] : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  override render() {
    return html`<dialog aria-labelledby="toc-title">
      <header>
        <h2 id="toc-title">Contents</h2>
        <button class="close" @click=${() => this.dialog.close()}>Close</button>
      </header>
      <ol class="scroll" @keydown=${this.onKeyDown}>
        ${this.deck.slides.map(
          (slide) => html`<li>
            <button
              aria-current=${slide.index === this.index ? 'true' : nothing}
              @click=${() => this.dispatchEvent(new GotoEvent(slide.index))}
            >
              <span class="number">${slide.index + 1}</span>
              ${slide.title ? html`<span>${slide.title}</span>` : html`<span class="untitled">Untitled slide</span>`}
            </button>
          </li>`,
        )}
      </ol>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-toc': LecternToc;
  }
}

import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { KEYMAP, type Scope } from '../deck/keymap';
import { DESCRIPTIONS, GESTURES, keyLabel } from '../deck/key-help';
import { DialogController } from '../controllers/dialog-controller';
import { dialogStyles } from '../styles/dialog-styles';

const SECTIONS: readonly { scope: Scope; title: string }[] = [
  { scope: 'any', title: 'Everywhere' },
  { scope: 'audience', title: 'Audience view' },
  { scope: 'presenter', title: 'Presenter view' },
];

/** Every key, read from the key map itself, so help and behaviour cannot disagree. */
@customElement('lectern-help')
export class LecternHelp extends LitElement {
  static override styles = [
    dialogStyles,
    css`
      dialog {
        width: min(72rem, 96vw);
        font-size: 16px;
      }
      /* Two columns on a laptop or projector, so every key shows without scrolling. */
      .body {
        padding: 0.2rem 1.2rem 1rem;
        columns: 2 24rem;
        column-gap: 2.5rem;
      }
      /* Padding, not margin: a column keeps it at its top, so both columns start level. */
      section {
        break-inside: avoid;
        padding-top: 0.8rem;
      }
      h3 {
        margin: 0 0 0.2rem;
        font-size: 0.75rem;
        letter-spacing: 0.08em;
        text-transform: uppercase;
        color: #b5bdca;
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        text-align: left;
        padding: 0.2rem 0.4rem;
        border-bottom: 1px solid #2c333f;
        vertical-align: top;
      }
      th {
        width: 45%;
        font-weight: normal;
      }
      kbd {
        display: inline-block;
        min-width: 1.2em;
        margin: 0 0.3em 0.15em 0;
        padding: 0 0.4em;
        border: 1px solid #5c6677;
        border-radius: 4px;
        background: #262c36;
        font: 0.9em/1.45 var(--lectern-code-font, ui-monospace, monospace);
        text-align: center;
      }
    `,
  ];

  @property() scope: Scope = 'audience';
  private readonly dialog = new DialogController(this, 'help', () => this.scope);

  override render() {
    return html`<dialog aria-labelledby="help-title">
      <header>
        <h2 id="help-title">Keyboard shortcuts</h2>
        <button class="close" @click=${() => this.dialog.close()}>Close</button>
      </header>
      <div class="body scroll" tabindex="0" role="region" aria-label="Shortcuts">
        ${SECTIONS.map(
          ({ scope, title }) => html`<section>
            <h3>${title}</h3>
            <table>
              ${KEYMAP.filter((b) => b.scope === scope).map(
                (b) => html`<tr data-action=${b.action}>
                  <th scope="row">${b.keys.map((k) => html`<kbd>${keyLabel(k)}</kbd>`)}</th>
                  <td>${DESCRIPTIONS[b.action]}</td>
                </tr>`,
              )}
            </table>
          </section>`,
        )}
        <section>
          <h3>Digits, mouse and touch</h3>
          <table>
            ${GESTURES.map((g) => html`<tr><th scope="row">${g.keys}</th><td>${g.description}</td></tr>`)}
          </table>
        </section>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-help': LecternHelp;
  }
}

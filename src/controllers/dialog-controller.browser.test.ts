import { LitElement, html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseOverlayEvent } from '../events';
import { DialogController } from './dialog-controller';

class TestDialog extends LitElement {
  readonly dialog = new DialogController(this, 'toc', () => 'audience');
  override render() {
    return html`<dialog><button>Inside</button></dialog>`;
  }
}
customElements.define('lectern-test-dialog', TestDialog);

let closes: number;
let outside: string[];
let opener: HTMLButtonElement;
let overlay: TestDialog;
const onOutside = (event: KeyboardEvent) => outside.push(event.key);

function key(target: Element, key: string, repeat = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, repeat, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

beforeEach(async () => {
  closes = 0;
  outside = [];
  window.addEventListener('keydown', onOutside);
  opener = document.body.appendChild(document.createElement('button'));
  opener.focus();
  overlay = new TestDialog();
  overlay.addEventListener(CloseOverlayEvent.type, () => closes++);
  document.body.append(overlay);
  await overlay.updateComplete;
});

afterEach(() => {
  window.removeEventListener('keydown', onOutside);
  document.body.replaceChildren();
});

const dialogOf = () => overlay.shadowRoot?.querySelector('dialog') as HTMLDialogElement;

describe('DialogController', () => {
  it('opens its dialog as a modal', () => {
    expect(dialogOf().open).toBe(true);
    expect(dialogOf().matches(':modal')).toBe(true);
  });

  it('asks to close on its own key and on the browser\'s cancel (Esc), keeping the dialog up until told', () => {
    key(dialogOf(), 't');
    const cancel = new Event('cancel', { cancelable: true });
    dialogOf().dispatchEvent(cancel);
    expect(closes).toBe(2);
    expect(cancel.defaultPrevented).toBe(true);
    expect(dialogOf().open).toBe(true);
  });

  it('does not close on the held-down repeat of the key that opened it', () => {
    expect(key(dialogOf(), 't', true).defaultPrevented).toBe(true);
    expect(closes).toBe(0);
    // Esc closes through the browser's cancel event, which a prevented keydown never fires.
    expect(key(dialogOf(), 'Escape', true).defaultPrevented).toBe(true);
  });

  it('keeps keys inside: the deck behind sees none of them', () => {
    key(dialogOf(), 'ArrowRight');
    key(dialogOf(), 'End');
    expect(outside).toEqual([]);
  });

  it('gives focus back to where it was when the overlay goes away', () => {
    overlay.remove();
    expect(document.activeElement).toBe(opener);
  });
});

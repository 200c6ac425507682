import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { actionFor, type Action, type Scope } from '../deck/keymap';
import { CloseOverlayEvent } from '../events';
import { deepActiveElement } from '../components/deep-active-element';

/**
 * Makes an overlay a proper modal dialog: it opens with showModal (focus moves
 * in, the page behind is inert), Esc or the overlay's own key asks to close
 * it, and focus goes back where it was when the overlay goes away.
 */
export class DialogController implements ReactiveController {
  private returnFocus: HTMLElement | null = null;
  private dialog: HTMLDialogElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly ownAction: Action,
    private readonly scope: () => Scope,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.returnFocus = deepActiveElement();
  }

  hostUpdated(): void {
    const dialog = this.host.shadowRoot?.querySelector('dialog') ?? null;
    if (!dialog || dialog === this.dialog) return;
    this.dialog = dialog;
    dialog.addEventListener('cancel', this.onCancel);
    dialog.addEventListener('keydown', this.onKeyDown);
    if (!dialog.open) dialog.showModal();
  }

  hostDisconnected(): void {
    this.dialog?.removeEventListener('cancel', this.onCancel);
    this.dialog?.removeEventListener('keydown', this.onKeyDown);
    this.dialog = null;
    if (this.returnFocus?.isConnected) this.returnFocus.focus();
  }

  close(): void {
    this.host.dispatchEvent(new CloseOverlayEvent());
  }

  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    this.close();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // Keys stay inside the dialog: the deck behind does not move while it is open.
    event.stopPropagation();
    const closes = event.key === 'Escape' || actionFor(event, this.scope()) === this.ownAction;
    if (closes && event.repeat) {
      // The key that opened the dialog, still held down, must not close it again.
      event.preventDefault();
      return;
    }
    if (event.key !== 'Escape' && closes) {
      event.preventDefault();
      this.close();
    }
  };
}

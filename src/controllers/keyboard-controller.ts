import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { actionFor, typeDigit, type Action } from '../deck/keymap';

export interface KeyboardIntents {
  onAction: (action: Action) => void;
  onGoto: (slideNumber: number) => void;
  /** Digits typed so far, so the view can show them. */
  onDigits?: (digits: string) => void;
}

function isEditable(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** Turns key presses anywhere in the window into navigation intents. */
export class KeyboardController implements ReactiveController {
  private digits = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly intents: KeyboardIntents,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isEditable(event)) return;
    const typed = typeDigit(this.digits, event.key);
    const hadDigits = this.digits !== '';
    this.digits = typed.buffer;
    if (hadDigits || this.digits !== '') this.intents.onDigits?.(this.digits);
    if (typed.goto !== undefined) {
      event.preventDefault();
      this.intents.onGoto(typed.goto);
      return;
    }
    const action = actionFor(event);
    if (action) {
      event.preventDefault();
      this.intents.onAction(action);
    }
  };
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { actionFor, typeDigit, type Action, type Scope } from '../deck/keymap';

export interface KeyboardIntents {
  /** The view the keys are for. */
  scope: () => Scope;
  /** Sees every key first; returns true to take it (a blank screen, an open overlay). */
  onKey?: () => boolean;
  onAction: (action: Action) => void;
  onGoto: (slideNumber: number) => void;
  /** Digits typed so far, so the view can show them. */
  onDigits?: (digits: string) => void;
}

const DIGIT_TIMEOUT_MS = 2000;

function isEditable(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** Turns key presses anywhere in the window into navigation intents. */
export class KeyboardController implements ReactiveController {
  private digits = '';
  /** The first digit also ran its own key (`2` toggles notes): undone if the digits end in Enter. */
  private digitAction: Action | undefined;
  private digitTimeout: ReturnType<typeof setTimeout> | undefined;

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
    clearTimeout(this.digitTimeout);
  }

  /** Digits not followed by Enter are forgotten after a pause, so `2` can toggle notes again. */
  private forgetDigitsLater(): void {
    clearTimeout(this.digitTimeout);
    if (this.digits === '') return;
    this.digitTimeout = setTimeout(() => {
      this.digits = '';
      this.digitAction = undefined;
      this.intents.onDigits?.('');
    }, DIGIT_TIMEOUT_MS);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isEditable(event)) return;
    if (this.intents.onKey?.()) {
      event.preventDefault();
      return;
    }
    const typed = typeDigit(this.digits, event.key);
    const hadDigits = this.digits !== '';
    this.digits = typed.buffer;
    this.forgetDigitsLater();
    if (typed.goto !== undefined) {
      event.preventDefault();
      if (this.digitAction) this.intents.onAction(this.digitAction);
      this.digitAction = undefined;
      this.intents.onDigits?.('');
      this.intents.onGoto(typed.goto);
      return;
    }
    const action = actionFor(event, this.intents.scope());
    if (!hadDigits) this.digitAction = this.digits !== '' && action === 'toggleNotes' ? action : undefined;
    // A lone `2` is a notes toggle until more digits follow: only then show "Go to".
    if (hadDigits || this.digits !== '') this.intents.onDigits?.(this.digitAction && this.digits.length === 1 ? '' : this.digits);
    if (action && !(hadDigits && this.digits !== '')) {
      event.preventDefault();
      this.intents.onAction(action);
    }
  };
}

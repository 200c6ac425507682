import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { actionFor, isMove, type Action, type Scope } from '../deck/keymap';

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

/** A digit that is also a key of its own (`2`: notes) waits this long for more digits or Enter. */
const DIGIT_ACTION_DELAY_MS = 500;
/** Digits not followed by Enter are forgotten after this pause. */
const DIGIT_TIMEOUT_MS = 2000;

function isEditable(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Turns key presses anywhere in the window into intents: the key map's
 * actions, and digits then Enter to go to a slide.
 */
export class KeyboardController implements ReactiveController {
  private digits = '';
  /** The action of a lone digit such as `2`, run if no digit or Enter follows soon. */
  private pending: Action | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

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
    this.reset();
  }

  private reset(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    if (this.digits !== '') {
      this.digits = '';
      this.intents.onDigits?.('');
    }
  }

  /** Runs a waiting digit action now, before whatever key came next. */
  private flushPending(): void {
    const pending = this.pending;
    this.reset();
    if (pending) this.intents.onAction(pending);
  }

  private typeDigit(key: string, action: Action | undefined): void {
    clearTimeout(this.timer);
    if (this.digits === '' && action) {
      this.digits = key;
      this.pending = action;
      this.timer = setTimeout(() => this.flushPending(), DIGIT_ACTION_DELAY_MS);
      return;
    }
    this.pending = undefined;
    this.digits = (this.digits + key).slice(-6);
    this.intents.onDigits?.(this.digits);
    this.timer = setTimeout(() => this.reset(), DIGIT_TIMEOUT_MS);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isEditable(event)) return;
    const action = actionFor(event, this.intents.scope());
    // Holding a key repeats moves only, and nothing else sees the repeats: a held `b` would
    // otherwise bring the slide back at once, a held `2` make the notes flicker.
    if (event.repeat && !(action && isMove(action))) return;
    if (this.intents.onKey?.()) {
      event.preventDefault();
      this.reset();
      return;
    }
    const digit = /^[0-9]$/.test(event.key);
    if (digit) {
      event.preventDefault();
      this.typeDigit(event.key, action);
      return;
    }
    if (event.key === 'Enter' && this.digits !== '') {
      event.preventDefault();
      const slide = Number(this.digits);
      this.reset();
      this.intents.onGoto(slide);
      return;
    }
    this.flushPending();
    if (action) {
      event.preventDefault();
      this.intents.onAction(action);
    }
  };
}

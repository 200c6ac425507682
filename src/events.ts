import type { Action } from './deck/keymap';

/** A child asks the root to do something the key map names (move, toggle notes…). */
export class IntentEvent extends Event {
  static readonly type = 'lectern-intent';

  constructor(readonly action: Action) {
    super(IntentEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [IntentEvent.type]: IntentEvent;
  }
}

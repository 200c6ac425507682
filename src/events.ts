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

/** A child asks the root to show a slide (a click in the overview or the table of contents). */
export class GotoEvent extends Event {
  static readonly type = 'lectern-goto';

  constructor(readonly index: number) {
    super(GotoEvent.type, { bubbles: true, composed: true });
  }
}

/** An overlay (overview, contents, help) asks to be closed. */
export class CloseOverlayEvent extends Event {
  static readonly type = 'lectern-close-overlay';

  constructor() {
    super(CloseOverlayEvent.type, { bubbles: true, composed: true });
  }
}

/** A view's code could not be fetched (the network is gone?): the root says so, and the view stays closed. */
export class ViewLoadFailedEvent extends Event {
  static readonly type = 'lectern-view-load-failed';

  constructor(
    readonly view: string,
    readonly error: unknown,
  ) {
    super(ViewLoadFailedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [ViewLoadFailedEvent.type]: ViewLoadFailedEvent;
    [GotoEvent.type]: GotoEvent;
    [CloseOverlayEvent.type]: CloseOverlayEvent;
  }
}

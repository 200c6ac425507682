import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SYNC_VERSION, channelName, deckId, readSyncMessage, type Screen, type SyncMessage } from '../deck/sync-message';

export interface SyncIntents {
  /** Another window moved the talk (or, `lead`, was opened at a slide): follow it without announcing. */
  onRemote: (index: number, lead: boolean, step: number) => void;
  /** Where the talk is, told to this window as it joins: show it, it is not a move. */
  onJoin: (index: number, screen: Screen, step: number) => void;
  /** Another window blanked the audience screen or brought it back. */
  onRemoteScreen: (screen: Screen) => void;
}

/** Where the talk is, as a window tells a newcomer. */
export interface Position {
  index: number;
  step: number;
  screen: Screen;
}

/** How long keys pressed in a window that is joining wait for the talk's answer before they apply. */
const SETTLE_MS = 250;

/**
 * Keeps every window of the same deck in the same browser on the same slide,
 * over a BroadcastChannel named after the deck URL. Only moves made in this
 * window are announced, so a followed move is never echoed back.
 *
 * A window opened at a named slide leads: it tells the others to go there.
 * Any other window joins: it asks where the talk is and follows the answer,
 * even a late one, as long as it has not moved or blanked the screen on its
 * own in the meantime. A window still waiting for its answer says so when it
 * answers a newcomer, who then goes on waiting for a window that knows.
 */
export class PresenterSyncController implements ReactiveController {
  // getRandomValues, not randomUUID: a deck served over plain http on a LAN is not a secure context.
  private readonly id = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('-');
  private channel: BroadcastChannel | undefined;
  private slideCount = 0;
  private deck = '';
  private current: () => Position = () => ({ index: 0, step: 0, screen: 'normal' });
  /** A settled window acts on keys at once and may answer newcomers. */
  private settled = false;
  /** Still waiting to be told where the talk is. */
  private joining = false;
  /** Intents from before this window settled, run once it has. */
  private early: (() => void)[] = [];
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly intents: SyncIntents,
  ) {
    host.addController(this);
  }

  /** The deck now has `slideCount` slides (it was edited): messages are read against that. */
  resize(slideCount: number): void {
    this.slideCount = slideCount;
  }

  /** Joins the deck's channel: leads when the window was opened at a named slide, else asks where the talk is. */
  join(deckUrl: string, slideCount: number, current: () => Position, lead: boolean): void {
    this.leave();
    this.slideCount = slideCount;
    this.deck = deckId(deckUrl);
    this.current = current;
    if (typeof BroadcastChannel === 'undefined') return this.settle();
    this.channel = new BroadcastChannel(channelName(deckUrl));
    this.channel.addEventListener('message', this.onMessage);
    if (lead) {
      this.settle();
      const { index, step } = current();
      return this.post({ v: SYNC_VERSION, deck: this.deck, type: 'goto', from: this.id, index, step, lead: true });
    }
    this.joining = true;
    this.settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
    this.post({ v: SYNC_VERSION, deck: this.deck, type: 'hello', from: this.id });
  }

  /** Runs an intent now, or once this window knows where the talk is (a move made earlier would be undone). */
  whenSettled(intent: () => void): void {
    if (this.settled) intent();
    else this.early.push(intent);
  }

  get isSettled(): boolean {
    return this.settled;
  }

  /** Tells the other windows about a move made here. */
  announce(index: number, step: number): void {
    this.joining = false;
    this.settle();
    this.post({ v: SYNC_VERSION, deck: this.deck, type: 'goto', from: this.id, index, step, lead: false });
  }

  /** Tells the other windows the audience screen was blanked or brought back here. */
  announceScreen(screen: Screen): void {
    this.joining = false;
    this.post({ v: SYNC_VERSION, deck: this.deck, type: 'screen', from: this.id, screen });
  }

  hostDisconnected(): void {
    this.leave();
  }

  private settle(): void {
    clearTimeout(this.settleTimer);
    if (this.settled) return;
    this.settled = true;
    const early = this.early;
    this.early = [];
    for (const intent of early) intent();
  }

  private leave(): void {
    clearTimeout(this.settleTimer);
    this.channel?.removeEventListener('message', this.onMessage);
    this.channel?.close();
    this.channel = undefined;
    this.settled = false;
    this.joining = false;
  }

  private post(message: SyncMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch (error) {
      console.warn('Lectern: could not reach the other windows', error);
    }
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const message = readSyncMessage(event.data, this.slideCount, this.deck);
    if (!message || message.from === this.id) return;
    if (message.type === 'goto') {
      this.joining = false;
      this.intents.onRemote(message.index, message.lead, message.step);
      this.settle();
    } else if (message.type === 'screen') {
      this.intents.onRemoteScreen(message.screen);
    } else if (message.type === 'hello') {
      if (!this.settled) return;
      this.post({ v: SYNC_VERSION, deck: this.deck, type: 'state', from: this.id, to: message.from, ...this.current(), known: !this.joining });
    } else if (message.to === this.id && this.joining) {
      // An answer from a window that is itself still waiting is shown, but a better one may follow.
      this.joining = !message.known;
      this.intents.onJoin(message.index, message.screen, message.step);
      this.settle();
    }
  };
}

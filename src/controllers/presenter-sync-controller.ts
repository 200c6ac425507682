import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SYNC_VERSION, channelName, readSyncMessage, type Screen, type SyncMessage } from '../deck/sync-message';

export interface SyncIntents {
  /** Another window moved, or answered where the talk is: follow it without announcing. */
  onRemote: (index: number) => void;
  /** Another window blanked the audience screen or brought it back. */
  onRemoteScreen: (screen: Screen) => void;
  /** This window now knows where the talk is (another window answered, or none did in time). */
  onSettled: () => void;
}

/** How long a new window waits for an answer before it trusts its own slide. */
const SETTLE_MS = 250;

/**
 * Keeps every window of the same deck in the same browser on the same slide,
 * over a BroadcastChannel named after the deck URL. Only moves made in this
 * window are announced, so a followed move is never echoed back.
 */
export class PresenterSyncController implements ReactiveController {
  // getRandomValues, not randomUUID: a deck served over plain http on a LAN is not a secure context.
  private readonly id = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('-');
  private channel: BroadcastChannel | undefined;
  private slideCount = 0;
  private current: () => { index: number; screen: Screen } = () => ({ index: 0, screen: 'normal' });
  /** A settled window knows where the talk is and may answer newcomers. */
  private settled = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly intents: SyncIntents,
  ) {
    host.addController(this);
  }

  /** Joins the deck's channel and asks the windows already there where the talk is. */
  join(deckUrl: string, slideCount: number, current: () => { index: number; screen: Screen }): void {
    this.leave();
    if (typeof BroadcastChannel === 'undefined') return this.settle();
    this.slideCount = slideCount;
    this.current = current;
    this.channel = new BroadcastChannel(channelName(deckUrl));
    this.channel.addEventListener('message', this.onMessage);
    this.settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
    this.post({ v: SYNC_VERSION, type: 'hello', from: this.id });
  }

  /** Tells the other windows about a move made here. */
  announce(index: number): void {
    this.settle();
    this.post({ v: SYNC_VERSION, type: 'goto', from: this.id, index });
  }

  private settle(): void {
    clearTimeout(this.settleTimer);
    if (this.settled) return;
    this.settled = true;
    this.intents.onSettled();
  }

  /** Tells the other windows the audience screen was blanked or brought back. */
  announceScreen(screen: Screen): void {
    this.post({ v: SYNC_VERSION, type: 'screen', from: this.id, screen });
  }

  hostDisconnected(): void {
    this.leave();
  }

  private leave(): void {
    clearTimeout(this.settleTimer);
    this.channel?.removeEventListener('message', this.onMessage);
    this.channel?.close();
    this.channel = undefined;
    this.settled = false;
  }

  private post(message: SyncMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch (error) {
      console.warn('Lectern: could not reach the other windows', error);
    }
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const message = readSyncMessage(event.data, this.slideCount);
    if (!message || message.from === this.id) return;
    if (message.type === 'goto') {
      this.intents.onRemote(message.index);
      this.settle();
    } else if (message.type === 'screen') {
      this.intents.onRemoteScreen(message.screen);
    } else if (message.type === 'hello') {
      if (this.settled) this.post({ v: SYNC_VERSION, type: 'state', from: this.id, to: message.from, ...this.current() });
    } else if (message.to === this.id && !this.settled) {
      this.intents.onRemote(message.index);
      this.intents.onRemoteScreen(message.screen);
      this.settle();
    }
  };
}

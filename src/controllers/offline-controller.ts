import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from './after-paint';
import { whenIdle } from './when-idle';

/**
 * Production builds: once the talk's slide has painted and the page is idle,
 * keeps the talk for offline use (src/offline/, fetched only then, so it is
 * never part of what the first slide waits for).
 */
export class OfflineController implements ReactiveController {
  private deck: string | undefined;

  constructor(
    host: ReactiveControllerHost,
    /** Whether the current slide is rendered. */
    private readonly shown: () => boolean,
    private readonly presenter: () => boolean,
  ) {
    host.addController(this);
  }

  /** The deck has loaded from `deck` (after any redirect). */
  keep(deck: string): void {
    if (import.meta.env.PROD) this.deck = deck;
  }

  hostUpdated(): void {
    const deck = this.deck;
    if (deck === undefined || !this.shown()) return;
    this.deck = undefined;
    afterNextPaint(() => whenIdle(() => void import('../offline/keep-offline').then((offline) => offline.keepOffline(deck, this.presenter()))));
  }
}

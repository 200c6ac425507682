import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatHash, parseHash, type HashTarget, type HeadingLookup } from '../deck/hash';
import { afterNextPaint } from './after-paint';

export interface LocationIntents {
  /** Called when the hash is edited by hand (or by an in-deck link). */
  onHash: (target: HashTarget) => void;
}

/** Keeps the URL hash and the current slide in step. */
export class LocationController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly intents: LocationIntents,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.pendingWrite?.();
    this.pendingWrite = undefined;
  }

  read(slideCount: number, findHeading: HeadingLookup): HashTarget {
    return parseHash(location.hash, slideCount, findHeading);
  }

  /**
   * replaceState, so moving through slides does not flood the history and Back
   * leaves the deck. Written once the slide has painted: the address bar can wait.
   */
  reflect(index: number, step = 0): void {
    this.shown = index;
    this.shownStep = step;
    this.pendingWrite ??= afterNextPaint(() => {
      this.pendingWrite = undefined;
      this.write();
    });
  }

  private write(): void {
    const hash = formatHash(this.shown, this.shownStep);
    // Edited since (by hand, or by a link): the hashchange on its way decides where the talk goes.
    if (location.hash !== this.written && this.written !== undefined) return;
    this.written = hash;
    if (location.hash === hash) return;
    try {
      history.replaceState(history.state, '', hash);
    } catch {
      // Safari throws after 100 calls in 30 s (a key held down): the hash lags, the talk moves on.
    }
  }

  private pendingWrite: (() => void) | undefined;
  /** The hash as this window last left it; undefined until the deck is known. */
  private written: string | undefined;
  private lookup: { count: number; findHeading: HeadingLookup } | undefined;
  private shown = 0;
  private shownStep = 0;

  /** The deck the hash is read against; until it is set, hash changes are ignored. */
  setDeck(count: number, findHeading: HeadingLookup): void {
    this.lookup = { count, findHeading };
    this.written = location.hash;
  }

  private readonly onHashChange = (): void => {
    this.written = location.hash;
    // An emptied hash (a bare `#` link, Back to the page without one) keeps the slide.
    if (location.hash === '' || location.hash === '#') this.reflect(this.shown, this.shownStep);
    else if (this.lookup) this.intents.onHash(this.read(this.lookup.count, this.lookup.findHeading));
  };
}

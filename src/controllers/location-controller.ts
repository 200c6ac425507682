import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatHash, parseHash, type HashTarget, type HeadingLookup } from '../deck/hash';

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
  }

  read(slideCount: number, findHeading: HeadingLookup): HashTarget {
    return parseHash(location.hash, slideCount, findHeading);
  }

  /** replaceState, so moving through slides does not flood the history and Back leaves the deck. */
  reflect(index: number): void {
    this.shown = index;
    const hash = formatHash(index);
    if (location.hash === hash) return;
    try {
      history.replaceState(history.state, '', hash);
    } catch {
      // Safari throws after 100 calls in 30 s (a key held down): the hash lags, the talk moves on.
    }
  }

  private lookup: { count: number; findHeading: HeadingLookup } | undefined;
  private shown = 0;

  /** The deck the hash is read against; until it is set, hash changes are ignored. */
  setDeck(count: number, findHeading: HeadingLookup): void {
    this.lookup = { count, findHeading };
  }

  private readonly onHashChange = (): void => {
    // An emptied hash (a bare `#` link, Back to the page without one) keeps the slide.
    if (location.hash === '' || location.hash === '#') this.reflect(this.shown);
    else if (this.lookup) this.intents.onHash(this.read(this.lookup.count, this.lookup.findHeading));
  };
}

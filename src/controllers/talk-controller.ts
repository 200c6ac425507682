import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Deck } from '../deck/types';
import type { Screen } from '../deck/sync-message';
import type { HashTarget } from '../deck/hash';
import { LocationController } from './location-controller';
import { PresenterSyncController } from './presenter-sync-controller';

/**
 * Where a slide change comes from. A move made in this window (`local`) is
 * told to the other windows; showing where the talk already is (`join`: the
 * slide named in the URL at load, or the talk's slide as a window joins) is
 * not a move of the talk; `remote` is another window's move, followed here.
 */
export type MoveSource = 'local' | 'remote' | 'join';

export interface TalkIntents {
  /** The slide is now `index` (clamped, in the hash, told to the others as needed). */
  onMove: (index: number, source: MoveSource, changed: boolean) => void;
  /** The URL asks for the presenter view at slide `index` (Landslide's #presenterN, remark's #pN). */
  onPresenterLink: (index: number) => void;
}

/** The slide a `#/heading-id` names. */
const headingFinder =
  (deck: Deck) =>
  (id: string): number | undefined =>
    deck.slides.find((s) => s.headings.some((h) => h.id === id))?.index;

/**
 * Where the talk is: the current slide and the audience screen, kept in step
 * with the URL hash and with every other window of the deck. The one way a
 * slide changes is `go`.
 */
export class TalkController implements ReactiveController {
  index = 0;
  /** Blackout or whiteout of the audience screen. */
  screen: Screen = 'normal';
  private slideCount = 0;
  private deckUrl = '';
  private readonly location: LocationController;
  private readonly sync: PresenterSyncController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly intents: TalkIntents,
  ) {
    host.addController(this);
    this.location = new LocationController(host, { onHash: (target) => this.follow(target, 'local') });
    this.sync = new PresenterSyncController(host, {
      // A window opened at a slide shows where the talk now is; only a speaker's move is a move.
      onRemote: (index, lead) => this.go(index, lead ? 'join' : 'remote'),
      onJoin: (index, screen) => {
        this.go(index, 'join');
        this.show(screen);
      },
      onRemoteScreen: (screen) => this.show(screen),
    });
  }

  /**
   * Shows the slide the URL names and joins the other windows. A window opened
   * at a named slide leads; one opened without, or reloaded or reached with
   * Back (its hash is only where it was), joins the talk.
   */
  start(deck: Deck, deckUrl: string): void {
    const count = deck.slides.length;
    const findHeading = headingFinder(deck);
    this.slideCount = count;
    this.deckUrl = deckUrl;
    this.location.setDeck(count, findHeading);
    const target = this.location.read(count, findHeading);
    this.follow(target, 'join');
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const revisit = navigation?.type === 'reload' || navigation?.type === 'back_forward';
    this.join(target.named && !revisit);
  }

  /** The deck was edited: the talk stays on its slide, or goes to the last one if that slide is gone. */
  replaceDeck(deck: Deck): void {
    this.slideCount = deck.slides.length;
    this.location.setDeck(this.slideCount, headingFinder(deck));
    this.sync.resize(this.slideCount);
    this.go(this.index, 'join');
  }

  /** Whether this window knows where the talk is; until then moves wait (see `whenSettled`). */
  get settled(): boolean {
    return this.sync.isSettled;
  }

  whenSettled(intent: () => void): void {
    this.sync.whenSettled(intent);
  }

  go(index: number, source: MoveSource): void {
    if (this.slideCount === 0) return;
    const next = Number.isNaN(index) ? 0 : Math.min(Math.max(Math.trunc(index), 0), this.slideCount - 1);
    const changed = next !== this.index;
    this.index = next;
    this.location.reflect(next);
    if (source === 'local') this.sync.announce(next);
    this.host.requestUpdate();
    this.intents.onMove(next, source, changed);
  }

  /** Blanks the audience screen or brings it back, in every window. */
  setScreen(screen: Screen): void {
    this.show(screen);
    this.sync.announceScreen(screen);
  }

  /** Back in the page after being taken out of it: the other windows may have moved on. */
  hostConnected(): void {
    if (this.slideCount > 0) this.join(false);
  }

  private join(lead: boolean): void {
    this.sync.join(this.deckUrl, this.slideCount, () => ({ index: this.index, screen: this.screen }), lead);
  }

  private show(screen: Screen): void {
    this.screen = screen;
    this.host.requestUpdate();
  }

  private follow(target: HashTarget, source: MoveSource): void {
    if (target.presenter) this.intents.onPresenterLink(target.index);
    this.go(target.index, source);
  }
}

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
  /** The slide is now `index` (clamped, in the hash, told to the others as needed); `changed`: the slide or its step. */
  onMove: (index: number, source: MoveSource, changed: boolean) => void;
  /** The URL asks for the presenter view at slide `index` (Landslide's #presenterN, remark's #pN). */
  onPresenterLink: (index: number) => void;
}

/** The slide a `#/heading-id` names. */
const headingFinder =
  (deck: Deck) =>
  (id: string): number | undefined =>
    (deck.slides.find((s) => s.id === id) ?? deck.slides.find((s) => s.headings.some((h) => h.id === id)))?.index;

/**
 * Where the talk is: the current slide and the audience screen, kept in step
 * with the URL hash and with every other window of the deck. The one way a
 * slide changes is `go`.
 */
export class TalkController implements ReactiveController {
  index = 0;
  /** How far the current slide is built up: 0 to its `steps`. */
  step = 0;
  /** Blackout or whiteout of the audience screen. */
  screen: Screen = 'normal';
  private slideCount = 0;
  private stepCounts: readonly number[] = [];
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
      onRemote: (index, lead, step) => this.go(index, lead ? 'join' : 'remote', step),
      onJoin: (index, screen, step) => {
        this.go(index, 'join', step);
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
    this.stepCounts = deck.slides.map((slide) => slide.steps ?? 0);
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
    this.stepCounts = deck.slides.map((slide) => slide.steps ?? 0);
    this.location.setDeck(this.slideCount, headingFinder(deck));
    this.sync.resize(this.slideCount);
    this.go(this.index, 'join', this.step);
  }

  /** Whether this window knows where the talk is; until then moves wait (see `whenSettled`). */
  get settled(): boolean {
    return this.sync.isSettled;
  }

  whenSettled(intent: () => void): void {
    this.sync.whenSettled(intent);
  }

  /**
   * Shows slide `index` at `step` (clamped to its steps: Infinity is its last).
   * Every way to a slide but Previous arrives at its step 0.
   */
  go(index: number, source: MoveSource, step = 0): void {
    if (this.slideCount === 0) return;
    const next = Number.isNaN(index) ? 0 : Math.min(Math.max(Math.trunc(index), 0), this.slideCount - 1);
    const nextStep = Math.min(Math.max(Math.trunc(step) || 0, 0), this.stepsOf(next));
    const changed = next !== this.index || nextStep !== this.step;
    this.index = next;
    this.step = nextStep;
    this.location.reflect(next, nextStep);
    if (source === 'local') this.sync.announce(next, nextStep);
    this.host.requestUpdate();
    this.intents.onMove(next, source, changed);
  }

  /** Next: the current slide's next step, else the next slide, if there is one. */
  forward(): void {
    if (this.step < this.stepsOf(this.index)) this.go(this.index, 'local', this.step + 1);
    // At the end of the deck, Next stays: the last slide keeps everything shown.
    else if (this.index < this.slideCount - 1) this.go(this.index + 1, 'local');
  }

  /** Previous: the current slide's step before, else the slide before with all its steps shown. */
  back(): void {
    if (this.step > 0) this.go(this.index, 'local', this.step - 1);
    else if (this.index > 0) this.go(this.index - 1, 'local', Infinity);
  }

  /** How many steps slide `index` has. */
  stepsOf(index: number): number {
    return this.stepCounts[index] ?? 0;
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
    this.sync.join(this.deckUrl, this.slideCount, () => ({ index: this.index, step: this.step, screen: this.screen }), lead);
  }

  private show(screen: Screen): void {
    this.screen = screen;
    this.host.requestUpdate();
  }

  private follow(target: HashTarget, source: MoveSource): void {
    if (target.presenter) this.intents.onPresenterLink(target.index);
    this.go(target.index, source, target.step);
  }
}

import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { isMove, type Action } from '../deck/keymap';
import { channelName, type Screen } from '../deck/sync-message';
import { presenterUrl, type HashTarget } from '../deck/hash';
import { partsNear } from '../render/render-slide';
import { DeckLoaderController, type DeckStatus } from '../controllers/deck-loader-controller';
import { KeyboardController } from '../controllers/keyboard-controller';
import { LocationController } from '../controllers/location-controller';
import { SwipeController } from '../controllers/swipe-controller';
import { PresenterSyncController } from '../controllers/presenter-sync-controller';
import { PresenterStateController } from '../controllers/presenter-state-controller';
import { CloseOverlayEvent, GotoEvent, IntentEvent } from '../events';
import { appStyles } from '../styles/app-styles';
import { visuallyHidden } from '../styles/shared-styles';
import { NEIGHBOURS } from './lectern-audience';
import { openPresenterWindow, toggleFullscreen } from './window-actions';
import './lectern-audience';
import './lectern-presenter';
import './lectern-overlays';
import './lectern-error';
import './lectern-popup-blocked';

export type Overlay = 'overview' | 'toc' | 'help';

/**
 * Where a slide change comes from. A move made in this window (`local`) is
 * told to the other windows; any move of the talk (`local` or `remote`)
 * starts the presenter's timer; showing where the talk already is (`join`:
 * the slide named in the URL at load, or the talk's slide as a window joins) does neither.
 */
type MoveSource = 'local' | 'remote' | 'join';

/**
 * The deck app: owns the current slide and applies every intent (keys, hash,
 * swipe, clicks, other windows) through one path. With `?presenter` in the
 * URL it shows the presenter view instead.
 */
@customElement('lectern-app')
export class LecternApp extends LitElement {
  static override styles = [appStyles, visuallyHidden];

  @state() private index = 0;
  @state() private digits = '';
  @state() private presenter = new URL(location.href).searchParams.has('presenter');
  @state() private showNotes = false;
  @state() private overlay: Overlay | undefined;
  /** Blackout or whiteout of the audience screen. */
  @state() private screen: Screen = 'normal';
  /** Counts finished renders, so the views re-read the renderer. */
  @state() private renders = 0;
  /** The presenter URL, while the browser has blocked the window that should show it. */
  @state() private blockedPopup: string | undefined;

  private readonly loader = new DeckLoaderController(this, (ready) => this.start(ready));
  private readonly location = new LocationController(this, { onHash: (t) => this.onHash(t, 'local') });
  private readonly presenterState = new PresenterStateController(this);
  private readonly sync = new PresenterSyncController(this, {
    onRemote: (i) => this.go(i, 'remote'),
    onJoin: (i, screen) => {
      this.go(i, 'join');
      this.screen = screen;
    },
    onRemoteScreen: (screen) => (this.screen = screen),
  });

  constructor() {
    super();
    new KeyboardController(this, {
      scope: () => (this.presenter ? 'presenter' : 'audience'),
      onKey: () => this.takeKey(),
      onAction: (action) => this.act(action),
      onGoto: (n) => this.sync.whenSettled(() => this.go(n - 1, 'local')),
      onDigits: (digits) => (this.digits = digits),
    });
    new SwipeController(this, (action) => this.act(action));
    this.addEventListener(IntentEvent.type, (event) => this.act(event.action));
    this.addEventListener(GotoEvent.type, (event) => {
      this.overlay = undefined;
      this.go(event.index, 'local');
    });
    this.addEventListener(CloseOverlayEvent.type, () => (this.overlay = undefined));
  }

  /** The deck is there: show the slide the URL names and join the talk of the other windows. */
  private start({ deck, url }: Extract<DeckStatus, { kind: 'ready' }>): void {
    const findHeading = (id: string): number | undefined => deck.slides.find((s) => s.headings.some((h) => h.id === id))?.index;
    this.location.setDeck(deck.slides.length, findHeading);
    const target = this.location.read(deck.slides.length, findHeading);
    this.onHash(target, 'join');
    const title = deck.meta.title ?? deck.slides[0]?.title ?? 'Lectern';
    document.title = this.presenter ? `${title} (presenter)` : title;
    this.presenterState.useDeck(channelName(url));
    // A URL that names a slide wins and takes the other windows there; one that names none joins the talk.
    this.sync.join(url, deck.slides.length, () => ({ index: this.index, screen: this.screen }), target.named);
  }

  /** A blank screen takes the next key to come back; an open overlay keeps keys to itself. */
  private takeKey(): boolean {
    if (this.screen !== 'normal') {
      this.setScreen('normal');
      return true;
    }
    return this.overlay !== undefined;
  }

  private onHash(target: HashTarget, source: MoveSource): void {
    if (target.presenter && !this.presenter) {
      // Landslide's #presenterN and remark's #pN: become the presenter view at slide N.
      history.replaceState(history.state, '', presenterUrl(location.href, target.index));
      this.presenter = true;
    }
    this.go(target.index, source);
  }

  private act(action: Action): void {
    const ready = this.loader.status.kind === 'ready';
    // A move made before this window knows where the talk is would be undone by the talk's answer: hold it.
    if (!this.sync.isSettled && (isMove(action) || !ready)) return this.sync.whenSettled(() => this.act(action));
    if (!ready) return;
    if (isMove(action) && (this.overlay || this.screen !== 'normal')) {
      // A swipe or click on a blank screen brings the slide back, it does not move behind it.
      if (!this.overlay) this.setScreen('normal');
      return;
    }
    const state = this.presenterState;
    const actions: Record<Action, () => void> = {
      next: () => this.go(this.index + 1, 'local'),
      previous: () => this.go(this.index - 1, 'local'),
      first: () => this.go(0, 'local'),
      last: () => this.go(Infinity, 'local'),
      toggleNotes: () => {
        this.showNotes = !this.showNotes;
        this.renderNear();
      },
      openPresenter: () => this.openPresenter(),
      overview: () => (this.overlay = 'overview'),
      toc: () => (this.overlay = 'toc'),
      help: () => (this.overlay = 'help'),
      blackout: () => this.setScreen(this.screen === 'black' ? 'normal' : 'black'),
      whiteout: () => this.setScreen(this.screen === 'white' ? 'normal' : 'white'),
      fullscreen: toggleFullscreen,
      notesBigger: () => state.resizeNotes(1),
      notesSmaller: () => state.resizeNotes(-1),
      pauseTimer: () => state.togglePause(),
      resetTimer: () => state.resetTimer(),
    };
    actions[action]();
  }

  /** The one way a slide changes: clamp, apply, reflect in the hash, tell the other windows. */
  private go(index: number, source: MoveSource): void {
    const status = this.loader.status;
    if (status.kind !== 'ready') return;
    const last = status.deck.slides.length - 1;
    const next = Number.isNaN(index) ? 0 : Math.min(Math.max(Math.trunc(index), 0), last);
    if (this.presenter && source !== 'join' && next !== this.index) this.presenterState.moved();
    this.index = next;
    this.location.reflect(next);
    if (source === 'local') this.sync.announce(next);
    this.renderNear();
  }

  private setScreen(screen: Screen): void {
    this.screen = screen;
    this.sync.announceScreen(screen);
  }

  private renderNear(): void {
    const status = this.loader.status;
    if (status.kind !== 'ready') return;
    const { renderer, deck } = status;
    const parts = partsNear(this.index, deck.slides.length, { neighbours: NEIGHBOURS, presenter: this.presenter, notes: this.showNotes });
    for (const [i, part] of parts) {
      if (renderer.peek(i, part) === undefined) void renderer.render(i, part).then(() => this.renders++);
    }
  }

  private openPresenter(): void {
    if (this.loader.status.kind === 'ready') this.blockedPopup = openPresenterWindow(this.index, this.loader.status.url);
  }

  override render() {
    const status = this.loader.status;
    if (status.kind === 'loading') {
      return html`<p class="loading" role="status">${status.url ? `Loading ${status.url}…` : 'Loading…'}</p>`;
    }
    if (status.kind === 'error') {
      return html`<lectern-error .heading=${status.title} .detail=${status.detail} .advice=${status.advice}></lectern-error>`;
    }
    const { deck, renderer } = status;
    const current = deck.slides[this.index];
    return html`
      ${this.presenter
        ? html`<lectern-presenter
            .deck=${deck}
            .renderer=${renderer}
            .index=${this.index}
            .renders=${this.renders}
            .digits=${this.digits}
            .screen=${this.screen}
            .timer=${this.presenterState.timer}
            .notesSize=${this.presenterState.notesSize}
          ></lectern-presenter>`
        : html`<lectern-audience
            exportparts="canvas, content, counter, progress, notes"
            .deck=${deck}
            .renderer=${renderer}
            .index=${this.index}
            .renders=${this.renders}
            .digits=${this.digits}
            .showNotes=${this.showNotes}
          ></lectern-audience>`}
      ${this.screen !== 'normal' && !this.presenter
        ? html`<div
            class="blank ${this.screen}"
            role="img"
            aria-label="Screen blanked: press any key to bring the slide back"
            @click=${() => this.setScreen('normal')}
          ></div>`
        : nothing}
      <lectern-overlays
        .overlay=${this.overlay}
        .deck=${deck}
        .renderer=${renderer}
        .index=${this.index}
        .scope=${this.presenter ? 'presenter' : 'audience'}
      ></lectern-overlays>
      ${this.blockedPopup
        ? html`<lectern-popup-blocked .url=${this.blockedPopup} @lectern-close-overlay=${this.dismissPopup}></lectern-popup-blocked>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">
        Slide ${this.index + 1} of ${deck.slides.length}${current?.title ? `: ${current.title}` : ''}
      </div>
    `;
  }

  private readonly dismissPopup = (event: Event): void => {
    event.stopPropagation();
    this.blockedPopup = undefined;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-app': LecternApp;
  }
}

import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Deck } from '../deck/types';
import { isMove, type Action } from '../deck/keymap';
import { channelName, type Screen } from '../deck/sync-message';
import { presenterUrl, type HashTarget } from '../deck/hash';
import { deckUrl } from '../load/deck-source';
import { loadDeck } from '../load/load-deck';
import { SlideRenderer, partsNear } from '../render/render-slide';
import { KeyboardController } from '../controllers/keyboard-controller';
import { LocationController } from '../controllers/location-controller';
import { SwipeController } from '../controllers/swipe-controller';
import { PresenterSyncController } from '../controllers/presenter-sync-controller';
import { PresenterStateController } from '../controllers/presenter-state-controller';
import { CloseOverlayEvent, GotoEvent, IntentEvent } from '../events';
import { appStyles } from '../styles/app-styles';
import { visuallyHidden } from '../styles/shared-styles';
import { NEIGHBOURS } from './lectern-audience';
import './lectern-audience';
import './lectern-presenter';
import './lectern-overlays';
import './lectern-error';
import './lectern-popup-blocked';

type Status =
  | { kind: 'loading'; url: string }
  | { kind: 'error'; title: string; detail: string; advice: string }
  | { kind: 'ready'; deck: Deck; renderer: SlideRenderer; url: string };

export type Overlay = 'overview' | 'toc' | 'help';

/**
 * The deck app: loads the deck, owns the current slide and applies every
 * intent (keys, hash, swipe, clicks, other windows) through one path.
 * With `?presenter` in the URL it shows the presenter view instead.
 */
@customElement('lectern-app')
export class LecternApp extends LitElement {
  static override styles = [appStyles, visuallyHidden];

  @state() private status: Status = { kind: 'loading', url: '' };
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
  /** Intents from before this window knew where the talk is, applied once it does. */
  private early: (() => void)[] | undefined = [];

  private readonly location = new LocationController(this, { onHash: (t) => this.onHash(t, true) });
  private readonly presenterState = new PresenterStateController(this);
  private readonly sync = new PresenterSyncController(this, {
    onRemote: (i) => this.go(i, false),
    onRemoteScreen: (screen) => (this.screen = screen),
    onSettled: () => {
      const queued = this.early ?? [];
      this.early = undefined;
      for (const intent of queued) intent();
    },
  });

  constructor() {
    super();
    new KeyboardController(this, {
      scope: () => (this.presenter ? 'presenter' : 'audience'),
      onKey: () => this.takeKey(),
      onAction: (action) => this.act(action),
      onGoto: (n) => this.whenSettled(() => this.go(n - 1, true)),
      onDigits: (digits) => (this.digits = digits),
    });
    new SwipeController(this, (action) => this.act(action));
    this.addEventListener(IntentEvent.type, (event) => this.act(event.action));
    this.addEventListener(GotoEvent.type, (event) => {
      this.overlay = undefined;
      this.go(event.index, true);
    });
    this.addEventListener(CloseOverlayEvent.type, () => (this.overlay = undefined));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const url = deckUrl(location.href);
    this.status = { kind: 'loading', url: url.href };
    const result = await loadDeck(url);
    if (!result.ok) {
      this.status = { kind: 'error', title: result.title, detail: result.detail, advice: result.advice };
      return;
    }
    const { deck } = result;
    this.status = { kind: 'ready', deck, renderer: new SlideRenderer(deck, result.url), url: result.url };
    const findHeading = (id: string): number | undefined => deck.slides.find((s) => s.headings.some((h) => h.id === id))?.index;
    this.location.setDeck(deck.slides.length, findHeading);
    this.onHash(this.location.read(deck.slides.length, findHeading), false);
    const title = deck.meta.title ?? deck.slides[0]?.title ?? 'Lectern';
    document.title = this.presenter ? `${title} (presenter)` : title;
    this.presenterState.useDeck(channelName(result.url));
    this.sync.join(result.url, deck.slides.length, () => ({ index: this.index, screen: this.screen }));
  }

  /** Runs an intent now, or once this window has joined the talk. */
  private whenSettled(intent: () => void): void {
    if (this.early) this.early.push(intent);
    else intent();
  }

  /** A blank screen takes the next key to come back; an open overlay keeps keys to itself. */
  private takeKey(): boolean {
    if (this.screen !== 'normal') {
      this.setScreen('normal');
      return true;
    }
    return this.overlay !== undefined;
  }

  private onHash(target: HashTarget, announce: boolean): void {
    if (target.presenter && !this.presenter) {
      // Landslide's #presenterN and remark's #pN: become the presenter view at slide N.
      history.replaceState(history.state, '', presenterUrl(location.href, target.index));
      this.presenter = true;
    }
    this.go(target.index, announce);
  }

  private act(action: Action): void {
    // A move made before this window has joined the talk would be undone by the talk's answer: hold it.
    if (this.early && (isMove(action) || this.status.kind !== 'ready')) return this.whenSettled(() => this.act(action));
    if (this.status.kind !== 'ready') return;
    if (isMove(action) && (this.overlay || this.screen !== 'normal')) {
      // A swipe or click on a blank screen brings the slide back, it does not move behind it.
      if (!this.overlay) this.setScreen('normal');
      return;
    }
    const last = this.status.deck.slides.length - 1;
    const state = this.presenterState;
    const actions: Record<Action, () => void> = {
      next: () => this.go(this.index + 1, true),
      previous: () => this.go(this.index - 1, true),
      first: () => this.go(0, true),
      last: () => this.go(last, true),
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
      fullscreen: () => this.toggleFullscreen(),
      notesBigger: () => state.resizeNotes(1),
      notesSmaller: () => state.resizeNotes(-1),
      pauseTimer: () => state.togglePause(),
      resetTimer: () => state.resetTimer(),
    };
    actions[action]();
  }

  /** The one way a slide changes: clamp, apply, reflect in the hash, tell the other windows. */
  private go(index: number, announce: boolean): void {
    if (this.status.kind !== 'ready') return;
    const count = this.status.deck.slides.length;
    const next = Math.min(Math.max(Number.isFinite(index) ? Math.trunc(index) : 0, 0), count - 1);
    if (this.presenter && next !== this.index) this.presenterState.moved();
    this.index = next;
    this.location.reflect(this.index);
    if (announce) this.sync.announce(this.index);
    this.renderNear();
  }

  private setScreen(screen: Screen): void {
    this.screen = screen;
    this.sync.announceScreen(screen);
  }

  private toggleFullscreen(): void {
    const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    request.catch((error: unknown) => console.warn('Lectern: full screen is not available here', error));
  }

  private renderNear(): void {
    if (this.status.kind !== 'ready') return;
    const { renderer, deck } = this.status;
    const parts = partsNear(this.index, deck.slides.length, { neighbours: NEIGHBOURS, presenter: this.presenter, notes: this.showNotes });
    for (const [i, part] of parts) {
      if (renderer.peek(i, part) === undefined) void renderer.render(i, part).then(() => this.renders++);
    }
  }

  private openPresenter(): void {
    if (this.status.kind !== 'ready') return;
    const url = presenterUrl(location.href, this.index);
    // One presenter window per deck: pressing the key again brings the same window back.
    const name = `lectern-presenter-${channelName(this.status.url).replace(/\W+/g, '-').slice(-80)}`;
    const opened = window.open(url, name, 'popup,width=1280,height=800');
    this.blockedPopup = opened ? undefined : url;
    opened?.focus();
  }

  override render() {
    const status = this.status;
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

import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { parseDeck } from '../deck/parse-deck';
import type { Deck } from '../deck/types';
import type { Action } from '../deck/keymap';
import type { Screen } from '../deck/sync-message';
import { presenterUrl, type HashTarget } from '../deck/hash';
import { channelName } from '../deck/sync-message';
import { deckUrl, fetchDeck } from '../load/deck-source';
import { SlideRenderer, type SlidePart } from '../render/render-slide';
import { KeyboardController } from '../controllers/keyboard-controller';
import { LocationController } from '../controllers/location-controller';
import { SwipeController } from '../controllers/swipe-controller';
import { PresenterSyncController } from '../controllers/presenter-sync-controller';
import { CloseOverlayEvent, GotoEvent, IntentEvent } from '../events';
import { appStyles } from '../styles/app-styles';
import type { LecternPresenter } from './lectern-presenter';
import { NEIGHBOURS } from './lectern-audience';
import './lectern-audience';
import './lectern-presenter';
import './lectern-overview';
import './lectern-toc';
import './lectern-help';
import './lectern-error';

type Status =
  | { kind: 'loading' }
  | { kind: 'error'; title: string; detail: string; advice: string }
  | { kind: 'ready'; deck: Deck; renderer: SlideRenderer; url: string };

type Overlay = 'overview' | 'toc' | 'help';

const isPresenterPage = (): boolean => new URL(location.href).searchParams.has('presenter');
const MOVES: ReadonlySet<Action> = new Set(['next', 'previous', 'first', 'last']);

/**
 * The deck app: loads the deck, owns the current slide and applies every
 * intent (keys, hash, swipe, clicks, other windows) through one path.
 * With `?presenter` in the URL it shows the presenter view instead.
 */
@customElement('lectern-app')
export class LecternApp extends LitElement {
  static override styles = appStyles;

  @state() private status: Status = { kind: 'loading' };
  @state() private index = 0;
  @state() private digits = '';
  @state() private presenter = isPresenterPage();
  @state() private showNotes = false;
  @state() private overlay: Overlay | undefined;
  /** Blackout or whiteout of the audience screen. */
  @state() private screen: Screen = 'normal';
  /** Counts finished renders, so the views re-read the renderer. */
  @state() private renders = 0;
  /** The presenter URL, while the browser has blocked the window that should show it. */
  @state() private blockedPopup: string | undefined;
  @query('lectern-presenter') private presenterView!: LecternPresenter | null;
  /** Moves asked for while the deck is still loading, applied once it is there. */
  private early: Action[] = [];

  private readonly location = new LocationController(this, { onHash: (t) => this.onHash(t, true) });
  private readonly sync = new PresenterSyncController(this, {
    onRemote: (i) => this.go(i, false),
    onRemoteScreen: (screen) => (this.screen = screen),
  });

  constructor() {
    super();
    new KeyboardController(this, {
      scope: () => (this.presenter ? 'presenter' : 'audience'),
      onKey: () => this.takeKey(),
      onAction: (action) => this.act(action),
      onGoto: (n) => this.go(n - 1, true),
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
    const result = await fetchDeck(url);
    if (!result.ok) {
      this.status = { kind: 'error', title: result.title, detail: result.detail, advice: result.advice };
      return;
    }
    const deck = parseDeck(result.text);
    for (const warning of deck.warnings) console.warn(`Lectern: ${warning}`);
    if (deck.slides.length === 0) {
      this.status = {
        kind: 'error',
        title: 'The deck has no slides',
        detail: `${url.href} holds only front matter or blank lines.`,
        advice: 'Write your slides after the front matter, separated by lines of three dashes (---).',
      };
      return;
    }
    const title = deck.meta.title ?? deck.slides[0]?.title ?? 'Lectern';
    this.status = { kind: 'ready', deck, renderer: new SlideRenderer(deck, url.href), url: url.href };
    const findHeading = (id: string): number | undefined => deck.slides.find((s) => s.headings.some((h) => h.id === id))?.index;
    this.location.setDeck(deck.slides.length, findHeading);
    this.onHash(this.location.read(deck.slides.length, findHeading), false);
    document.title = this.presenter ? `${title} (presenter)` : title;
    this.sync.join(url.href, deck.slides.length, () => this.index);
    for (const action of this.early.splice(0)) this.act(action);
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
    if (this.status.kind === 'loading') this.early.push(action);
    if (this.status.kind !== 'ready' || (this.overlay && MOVES.has(action))) return;
    const last = this.status.deck.slides.length - 1;
    switch (action) {
      case 'next':
        return this.go(this.index + 1, true);
      case 'previous':
        return this.go(this.index - 1, true);
      case 'first':
        return this.go(0, true);
      case 'last':
        return this.go(last, true);
      case 'toggleNotes':
        this.showNotes = !this.showNotes;
        return this.renderNear();
      case 'openPresenter':
        return this.openPresenter();
      case 'overview':
      case 'toc':
      case 'help':
        this.overlay = this.overlay === action ? undefined : action;
        return;
      case 'blackout':
        return this.setScreen(this.screen === 'black' ? 'normal' : 'black');
      case 'whiteout':
        return this.setScreen(this.screen === 'white' ? 'normal' : 'white');
      case 'fullscreen':
        return this.toggleFullscreen();
      default:
        this.presenterView?.command(action);
    }
  }

  /** The one way a slide changes: clamp, apply, reflect in the hash, tell the other windows. */
  private go(index: number, announce: boolean): void {
    if (this.status.kind !== 'ready') return;
    const count = this.status.deck.slides.length;
    this.index = Math.min(Math.max(Number.isFinite(index) ? Math.trunc(index) : 0, 0), count - 1);
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
    const want: [number, SlidePart][] = [];
    for (let i = Math.max(this.index - NEIGHBOURS, 0); i <= Math.min(this.index + NEIGHBOURS, deck.slides.length - 1); i++) {
      want.push([i, 'slide']);
      if (this.showNotes) want.push([i, 'inlineNotes']);
    }
    if (this.presenter || this.showNotes) want.push([this.index, 'notes'], [this.index, 'inlineNotes']);
    if (this.presenter) want.push([this.index + 1, 'notes'], [this.index + 1, 'inlineNotes']);
    for (const [i, part] of want) {
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
    if (status.kind === 'loading') return html`<p class="visually-hidden" role="status">Loading the deck…</p>`;
    if (status.kind === 'error') {
      return html`<lectern-error .heading=${status.title} .detail=${status.detail} .advice=${status.advice}></lectern-error>`;
    }
    const { deck, renderer } = status;
    const current = deck.slides[this.index];
    const scope = this.presenter ? 'presenter' : 'audience';
    return html`
      ${this.presenter
        ? html`<lectern-presenter
            .deck=${deck}
            .renderer=${renderer}
            .index=${this.index}
            .renders=${this.renders}
            .deckUrl=${status.url}
            .digits=${this.digits}
            .screen=${this.screen}
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
        ? html`<div class="blank ${this.screen}" role="img" aria-label="Screen blanked: press any key to bring the slide back" @click=${() => this.setScreen('normal')}></div>`
        : nothing}
      ${this.overlay === 'overview'
        ? html`<lectern-overview .deck=${deck} .renderer=${renderer} .index=${this.index} .scope=${scope}></lectern-overview>`
        : nothing}
      ${this.overlay === 'toc' ? html`<lectern-toc .deck=${deck} .index=${this.index} .scope=${scope}></lectern-toc>` : nothing}
      ${this.overlay === 'help' ? html`<lectern-help .scope=${scope}></lectern-help>` : nothing}
      ${this.blockedPopup ? this.renderBlockedPopup(this.blockedPopup) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">
        Slide ${this.index + 1} of ${deck.slides.length}${current?.title ? `: ${current.title}` : ''}
      </div>
    `;
  }

  private renderBlockedPopup(url: string) {
    return html`<div class="popup-blocked" role="alert">
      <span>The browser blocked the presenter window.</span>
      <a href=${url} target="_blank" rel="opener" @click=${() => (this.blockedPopup = undefined)}>Open the presenter view</a>
      <button @click=${() => (this.blockedPopup = undefined)} aria-label="Dismiss">✕</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-app': LecternApp;
  }
}

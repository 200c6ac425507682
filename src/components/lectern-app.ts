import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { parseDeck } from '../deck/parse-deck';
import type { Deck } from '../deck/types';
import type { Action } from '../deck/keymap';
import { presenterUrl, type HashTarget } from '../deck/hash';
import { channelName } from '../deck/sync-message';
import { deckUrl, fetchDeck } from '../load/deck-source';
import { SlideRenderer, type SlidePart } from '../render/render-slide';
import { KeyboardController } from '../controllers/keyboard-controller';
import { LocationController } from '../controllers/location-controller';
import { SwipeController } from '../controllers/swipe-controller';
import { PresenterSyncController } from '../controllers/presenter-sync-controller';
import { IntentEvent } from '../events';
import type { LecternPresenter } from './lectern-presenter';
import { NEIGHBOURS } from './lectern-audience';
import './lectern-audience';
import './lectern-presenter';
import './lectern-error';

type Status =
  | { kind: 'loading' }
  | { kind: 'error'; title: string; detail: string; advice: string }
  | { kind: 'ready'; deck: Deck; renderer: SlideRenderer; url: string };

const isPresenterPage = (): boolean => new URL(location.href).searchParams.has('presenter');

/**
 * The deck app: loads the deck, owns the current slide and applies every
 * intent (keys, hash, swipe, buttons, other windows) through one path.
 * With `?presenter` in the URL it shows the presenter view instead.
 */
@customElement('lectern-app')
export class LecternApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: fixed;
      inset: 0;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .popup-blocked {
      position: absolute;
      top: 1rem;
      left: 50%;
      transform: translateX(-50%);
      z-index: 10;
      display: flex;
      gap: 1rem;
      align-items: center;
      padding: 0.8rem 1.2rem;
      border-radius: 8px;
      background: #fff8e6;
      color: #3d2c00;
      border: 2px solid #c98a00;
      font: 18px/1.4 var(--lectern-font, system-ui, sans-serif);
      box-shadow: 0 4px 18px rgb(0 0 0 / 0.25);
    }
    .popup-blocked a {
      color: #0a4a94;
      font-weight: 600;
    }
    .popup-blocked button {
      font: inherit;
      border: 1px solid #8a6a1c;
      border-radius: 6px;
      background: transparent;
      cursor: pointer;
    }
  `;

  @state() private status: Status = { kind: 'loading' };
  @state() private index = 0;
  @state() private digits = '';
  @state() private presenter = isPresenterPage();
  @state() private showNotes = false;
  /** Counts finished renders, so the views re-read the renderer. */
  @state() private renders = 0;
  /** The presenter URL, while the browser has blocked the window that should show it. */
  @state() private blockedPopup: string | undefined;
  @query('lectern-presenter') private presenterView!: LecternPresenter | null;
  /** Moves asked for while the deck is still loading, applied once it is there. */
  private early: Action[] = [];

  private readonly location = new LocationController(this, { onHash: (t) => this.onHash(t, true) });
  private readonly sync = new PresenterSyncController(this, { onRemote: (i) => this.go(i, false) });

  constructor() {
    super();
    new KeyboardController(this, {
      scope: () => (this.presenter ? 'presenter' : 'audience'),
      onAction: (action) => this.act(action),
      onGoto: (n) => this.go(n - 1, true),
      onDigits: (digits) => (this.digits = digits),
    });
    new SwipeController(this, (action) => this.act(action));
    this.addEventListener(IntentEvent.type, (event) => this.act(event.action));
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
    if (this.status.kind !== 'ready') return;
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
    return html`
      ${this.presenter
        ? html`<lectern-presenter
            .deck=${deck}
            .renderer=${renderer}
            .index=${this.index}
            .renders=${this.renders}
            .deckUrl=${status.url}
            .digits=${this.digits}
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

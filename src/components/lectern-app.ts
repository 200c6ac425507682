import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { parseDeck } from '../deck/parse-deck';
import type { Deck } from '../deck/types';
import type { Action } from '../deck/keymap';
import type { HashTarget } from '../deck/hash';
import { deckUrl, fetchDeck } from '../load/deck-source';
import { SlideRenderer } from '../render/render-slide';
import { KeyboardController } from '../controllers/keyboard-controller';
import { LocationController } from '../controllers/location-controller';
import { SwipeController } from '../controllers/swipe-controller';
import { CANVAS } from './lectern-stage';
import './lectern-stage';
import './lectern-slide';
import './lectern-error';

type Status =
  | { kind: 'loading' }
  | { kind: 'error'; title: string; detail: string; advice: string }
  | { kind: 'ready'; deck: Deck; renderer: SlideRenderer };

/** Slides kept in the DOM on each side of the current one. */
const NEIGHBOURS = 1;

/**
 * The deck app: loads the deck, owns the current slide and applies every
 * navigation intent (keys, hash, swipe) through one path.
 *
 * @cssproperty --lectern-progress - colour of the progress bar
 * @csspart counter - the `N / M` counter
 * @csspart progress - the progress bar
 */
@customElement('lectern-app')
export class LecternApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: fixed;
      inset: 0;
    }
    lectern-stage {
      position: absolute;
      inset: 0;
    }
    .counter {
      position: absolute;
      right: 28px;
      bottom: 18px;
      font: 20px/1 var(--lectern-font, system-ui, sans-serif);
      color: var(--lectern-muted, #4a5263);
      font-variant-numeric: tabular-nums;
    }
    .digits {
      position: absolute;
      left: 28px;
      bottom: 18px;
      font: 24px/1 var(--lectern-font, system-ui, sans-serif);
      color: var(--lectern-heading, #0d1b2a);
    }
    .progress {
      position: absolute;
      left: 0;
      bottom: 0;
      height: 6px;
      background: var(--lectern-progress, var(--lectern-accent, #0a58b0));
      transition: width 0.2s ease-out;
    }
    @media (prefers-reduced-motion: reduce) {
      .progress {
        transition: none;
      }
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  @state() private status: Status = { kind: 'loading' };
  @state() private index = 0;
  @state() private digits = '';
  @state() private rendered = new Map<number, string>();
  /** Moves asked for while the deck is still loading, applied once it is there. */
  private early: Action[] = [];

  private readonly location = new LocationController(this, { onHash: (t) => this.onHash(t) });

  constructor() {
    super();
    new KeyboardController(this, {
      onAction: (action) => this.act(action),
      onGoto: (n) => this.go(n - 1),
      onDigits: (digits) => (this.digits = digits),
    });
    new SwipeController(this, (action) => this.act(action));
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
    document.title = deck.meta.title ?? deck.slides[0]?.title ?? document.title;
    this.status = { kind: 'ready', deck, renderer: new SlideRenderer(deck, url.href) };
    const findHeading = (id: string): number | undefined => deck.slides.find((s) => s.headings.some((h) => h.id === id))?.index;
    this.location.setDeck(deck.slides.length, findHeading);
    this.onHash(this.location.read(deck.slides.length, findHeading));
    for (const action of this.early.splice(0)) this.act(action);
  }

  private onHash(target: HashTarget): void {
    this.go(target.index);
  }

  private act(action: Action): void {
    if (this.status.kind === 'loading') this.early.push(action);
    if (this.status.kind !== 'ready') return;
    const last = this.status.deck.slides.length - 1;
    const next = { next: this.index + 1, previous: this.index - 1, first: 0, last }[action];
    this.go(next);
  }

  /** The one way a slide changes: clamp, apply, reflect outward. */
  private go(index: number): void {
    if (this.status.kind !== 'ready') return;
    const count = this.status.deck.slides.length;
    this.index = Math.min(Math.max(Number.isFinite(index) ? Math.trunc(index) : 0, 0), count - 1);
    this.location.reflect(this.index);
    this.renderNear(this.status.renderer, count);
  }

  private renderNear(renderer: SlideRenderer, count: number): void {
    for (let i = Math.max(this.index - NEIGHBOURS, 0); i <= Math.min(this.index + NEIGHBOURS, count - 1); i++) {
      if (this.rendered.has(i)) continue;
      renderer
        .render(i)
        .catch((error: unknown) => {
          console.error(error);
          const reason = error instanceof Error ? error.message : String(error);
          return `<p role="alert">This slide could not be rendered: ${reason.replace(/[<&]/g, '')}</p>`;
        })
        .then((content) => {
          this.rendered = new Map(this.rendered).set(i, content);
        });
    }
  }

  override render() {
    const status = this.status;
    if (status.kind === 'loading') return html`<p class="visually-hidden" role="status">Loading the deck…</p>`;
    if (status.kind === 'error') {
      return html`<lectern-error .heading=${status.title} .detail=${status.detail} .advice=${status.advice}></lectern-error>`;
    }
    const { deck } = status;
    const count = deck.slides.length;
    const size = CANVAS[deck.meta.ratio];
    const near = deck.slides.slice(Math.max(this.index - NEIGHBOURS, 0), this.index + NEIGHBOURS + 1);
    const current = deck.slides[this.index];
    return html`
      <lectern-stage ratio=${deck.meta.ratio} exportparts="canvas">
        ${repeat(
          near,
          (slide) => slide.index,
          (slide) => html`<lectern-slide
            exportparts="content"
            .content=${this.rendered.get(slide.index)}
            .width=${size.width}
            .height=${size.height}
            ?title-slide=${slide.index === 0}
            ?current=${slide.index === this.index}
            ?inert=${slide.index !== this.index}
            aria-hidden=${slide.index === this.index ? 'false' : 'true'}
            role="group"
            aria-roledescription="slide"
            aria-label=${`${slide.index + 1} of ${count}`}
          ></lectern-slide>`,
        )}
        ${this.digits ? html`<div class="digits" aria-hidden="true">Go to ${this.digits}</div>` : nothing}
        <div class="counter" part="counter">${this.index + 1} / ${count}</div>
        <div class="progress" part="progress" style=${`width:${((this.index + 1) / count) * 100}%`}></div>
      </lectern-stage>
      <div class="visually-hidden" role="status" aria-live="polite">
        Slide ${this.index + 1} of ${count}${current?.title ? `: ${current.title}` : ''}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-app': LecternApp;
  }
}

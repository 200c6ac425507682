import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Deck } from '../deck/types';
import type { Scope } from '../deck/keymap';
import type { SlideRenderer } from '../render/render-slide';
import { DialogController } from '../controllers/dialog-controller';
import { GotoEvent } from '../events';
import { overviewStyles } from '../styles/overview-styles';
import { CANVAS } from './lectern-stage';
import './lectern-thumbnail';

/** How far beyond the visible part of the grid thumbnails are kept, in screens. */
const SPARE_SCREENS = 0.5;

/**
 * A grid of every slide. Each cell is a light button with the slide's number
 * and title; only the cells near the view hold a real, scaled render, so the
 * overview of a deck of thousands of slides opens at once.
 */
@customElement('lectern-overview')
export class LecternOverview extends LitElement {
  static override styles = overviewStyles;

  @property({ attribute: false }) deck!: Deck;
  @property({ attribute: false }) renderer!: SlideRenderer;
  @property({ type: Number }) index = 0;
  @property() scope: Scope = 'audience';

  @state() private selected = 0;
  /** Cells on or near the screen: only these hold a thumbnail. */
  @state() private near: ReadonlySet<number> = new Set();
  @state() private renders = 0;
  @query('.grid') private grid!: HTMLElement;
  private readonly dialog = new DialogController(this, 'overview', () => this.scope);
  private observer: IntersectionObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.selected = this.index;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override firstUpdated(): void {
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), {
      root: this.grid,
      rootMargin: `${SPARE_SCREENS * 100}% 0px`,
    });
    for (const item of this.grid.querySelectorAll('.item')) this.observer.observe(item);
    void this.focusCell(this.selected, 'center');
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    const near = new Set(this.near);
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset.index);
      if (entry.isIntersecting) near.add(index);
      else near.delete(index);
    }
    this.near = near;
    // One update for the whole batch: each update re-checks every cell of the grid.
    const missing = [...near].filter((index) => this.renderer.peek(index) === undefined);
    if (missing.length > 0) void Promise.all(missing.map((index) => this.renderer.render(index))).then(() => this.renders++);
  }

  private columns(): number {
    return Math.max(getComputedStyle(this.grid).gridTemplateColumns.split(' ').filter(Boolean).length, 1);
  }

  private async focusCell(index: number, block: ScrollLogicalPosition = 'nearest'): Promise<void> {
    this.selected = index;
    await this.updateComplete;
    const cell = this.grid.querySelector<HTMLElement>(`.cell[data-index="${index}"]`);
    cell?.scrollIntoView({ block });
    cell?.focus({ preventScroll: true });
  }

  private onKeyDown(event: KeyboardEvent): void {
    const columns = this.columns();
    const cellHeight = this.shadowRoot?.activeElement instanceof HTMLElement ? this.shadowRoot.activeElement.offsetHeight : 0;
    const pageRows = Math.max(Math.floor(this.grid.clientHeight / (cellHeight || this.grid.clientHeight)), 1);
    const steps: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns,
      ArrowUp: -columns,
      PageDown: columns * pageRows,
      PageUp: -columns * pageRows,
      Home: -Infinity,
      End: Infinity,
    };
    const step = steps[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const last = this.deck.slides.length - 1;
      void this.focusCell(Math.min(Math.max(this.selected + step, 0), last));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.dispatchEvent(new GotoEvent(this.selected));
    }
  }

  override render() {
    const size = CANVAS[this.deck.meta.ratio];
    const count = this.deck.slides.length;
    return html`<dialog aria-labelledby="overview-title">
      <header>
        <h2 id="overview-title">Overview</h2>
        <span class="hint">${count} slides · arrows choose, Enter shows, Esc goes back</span>
        <button class="close" @click=${() => this.dialog.close()}>Close</button>
      </header>
      <div class="grid" role="list" @keydown=${this.onKeyDown} style=${`--ratio:${size.width}/${size.height}`}>
        ${this.deck.slides.map((slide) => {
          const near = this.near.has(slide.index);
          return html`<div role="listitem" class="item" data-index=${slide.index}>
            <button
              class="cell"
              data-index=${slide.index}
              tabindex=${slide.index === this.selected ? 0 : -1}
              aria-current=${slide.index === this.index ? 'true' : nothing}
              @click=${() => this.dispatchEvent(new GotoEvent(slide.index))}
              @focus=${() => (this.selected = slide.index)}
            >
              <span class="thumb" aria-hidden="true" inert>
                ${near
                  ? html`<lectern-thumbnail
                      ratio=${this.deck.meta.ratio}
                      .content=${this.renderer.peek(slide.index)}
                      ?title-slide=${slide.index === 0}
                    ></lectern-thumbnail>`
                  : nothing}
              </span>
              <span class="visually-hidden">Slide ${slide.index + 1}: ${slide.title || 'untitled'}</span>
              <span class="caption" aria-hidden="true"><span class="number">${slide.index + 1}</span> ${slide.title}</span>
            </button>
          </div>`;
        })}
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-overview': LecternOverview;
  }
}

import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Deck } from '../deck/types';
import type { Scope } from '../deck/keymap';
import type { SlideRenderer } from '../render/render-slide';
import { DialogController } from '../controllers/dialog-controller';
import { GotoEvent } from '../events';
import { overviewStyles } from '../styles/overview-styles';
import { CANVAS } from './lectern-stage';
import './lectern-stage';
import './lectern-slide';

/** Rows of thumbnails kept rendered above and below the visible ones. */
const SPARE_ROWS = 1;

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
  @state() private visible = { from: 0, to: 0 };
  @state() private renders = 0;
  @query('.grid') private grid!: HTMLElement;
  private readonly dialog = new DialogController(this, 'overview', () => this.scope);
  private frame = 0;
  private readonly resize = new ResizeObserver(() => this.measure());

  override connectedCallback(): void {
    super.connectedCallback();
    this.selected = this.index;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
    cancelAnimationFrame(this.frame);
  }

  protected override firstUpdated(): void {
    this.resize.observe(this.grid);
    this.focusCell(this.selected, 'center');
  }

  private columns(): number {
    return Math.max(getComputedStyle(this.grid).gridTemplateColumns.split(' ').filter(Boolean).length, 1);
  }

  /** Which cells are on screen, from the scroll position and the size of one row. */
  private measure(): void {
    const first = this.grid.querySelector<HTMLElement>('.cell');
    if (!first) return;
    const columns = this.columns();
    const gap = parseFloat(getComputedStyle(this.grid).rowGap) || 0;
    const row = first.offsetHeight + gap;
    const top = Math.floor(this.grid.scrollTop / row) - SPARE_ROWS;
    const bottom = Math.ceil((this.grid.scrollTop + this.grid.clientHeight) / row) + SPARE_ROWS;
    const visible = { from: Math.max(top, 0) * columns, to: Math.min(bottom * columns, this.deck.slides.length) };
    if (visible.from !== this.visible.from || visible.to !== this.visible.to) this.visible = visible;
    for (let i = visible.from; i < visible.to; i++) {
      if (this.renderer.peek(i) === undefined) void this.renderer.render(i).then(() => this.renders++);
    }
  }

  private readonly onScroll = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.measure());
  };

  private async focusCell(index: number, block: ScrollLogicalPosition = 'nearest'): Promise<void> {
    this.selected = index;
    await this.updateComplete;
    const cell = this.grid.querySelector<HTMLElement>(`[data-index="${index}"]`);
    cell?.scrollIntoView({ block });
    cell?.focus({ preventScroll: true });
    this.measure();
  }

  private onKeyDown(event: KeyboardEvent): void {
    const columns = this.columns();
    const pageRows = Math.max(Math.floor(this.grid.clientHeight / ((this.grid.querySelector<HTMLElement>('.cell')?.offsetHeight ?? 1) || 1)), 1);
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
      <div class="grid" role="list" @scroll=${this.onScroll} @keydown=${this.onKeyDown} style=${`--ratio:${size.width}/${size.height}`}>
        ${this.deck.slides.map((slide) => {
          const near = slide.index >= this.visible.from && slide.index < this.visible.to;
          return html`<div role="listitem" class="item">
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
                  ? html`<lectern-stage ratio=${this.deck.meta.ratio}>
                      <lectern-slide
                        .content=${this.renderer.peek(slide.index)}
                        .width=${size.width}
                        .height=${size.height}
                        ?title-slide=${slide.index === 0}
                        current
                      ></lectern-slide>
                    </lectern-stage>`
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

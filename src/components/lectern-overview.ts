import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Deck } from '../deck/types';
import type { Scope } from '../deck/keymap';
import type { SlideRenderer } from '../render/render-slide';
import { DialogController } from '../controllers/dialog-controller';
import { GotoEvent } from '../events';
import { overviewStyles } from '../styles/overview-styles';
import { CANVAS } from './lectern-stage';
import { windowAround, windowAt, type GridGeometry, type GridWindow } from './grid-window';
import './lectern-thumbnail';

/** How far beyond the visible part of the grid thumbnails are kept, in screens. */
const SPARE_SCREENS = 0.5;
/** Rows of light cells (number and title, no thumbnail) kept in the DOM above and below the screen. */
const SPARE_ROWS = 8;

/**
 * A grid of every slide. Only the rows near the screen are in the DOM (spacers
 * stand in for the rest), and only the cells on or next to the screen hold a
 * real, scaled render, so the overview of thousands of slides opens at once.
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
  @state() private window: GridWindow = { from: 0, to: 0, rowsBefore: 0, rowsAfter: 0 };
  @query('.grid') private grid!: HTMLElement;
  private readonly dialog = new DialogController(this, 'overview', () => this.scope);
  private observer: IntersectionObserver | undefined;
  /** Until the first cells are measured, a guess: 4 columns of 200 px rows. */
  private geometry: GridGeometry = { count: 0, columns: 4, rowHeight: 200, spareRows: SPARE_ROWS };
  private gap = 16;
  private frame = 0;
  private readonly resize = new ResizeObserver(() => this.onScroll());

  // Not in connectedCallback: an element shown before its module arrived gets its properties only now.
  protected override willUpdate(): void {
    if (this.hasUpdated) return;
    this.selected = this.index;
    this.geometry = { ...this.geometry, count: this.deck.slides.length };
    this.window = windowAround(this.index, 4, this.geometry);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.resize.disconnect();
    cancelAnimationFrame(this.frame);
  }

  protected override firstUpdated(): void {
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), {
      root: this.grid,
      rootMargin: `${SPARE_SCREENS * 100}% 0px`,
    });
    this.resize.observe(this.grid);
    // Laying the grid out needs this first render measured; doing it once the render is
    // complete makes it an update of its own, not a change in the middle of this one.
    void this.updateComplete.then(() => this.openAt(this.selected));
  }

  /** Lays the grid out around a cell once the real row height is known, then shows and focuses it. */
  private async openAt(index: number): Promise<void> {
    this.measure();
    this.window = windowAround(index, Math.ceil(this.grid.clientHeight / this.geometry.rowHeight), this.geometry);
    await this.updateComplete;
    await this.focusCell(index, 'center');
  }

  protected override updated(): void {
    if (!this.observer) return;
    this.observer.disconnect();
    for (const item of this.grid.querySelectorAll('.item')) this.observer.observe(item);
  }

  /** Columns and row height, read off the cells in the DOM. */
  private measure(): void {
    const item = this.grid.querySelector<HTMLElement>('.item');
    if (!item) return;
    this.gap = parseFloat(getComputedStyle(this.grid).rowGap) || 0;
    this.geometry = { ...this.geometry, columns: this.columns(), rowHeight: item.offsetHeight + this.gap };
  }

  private readonly onScroll = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.measure();
      const padding = parseFloat(getComputedStyle(this.grid).paddingTop) || 0;
      const next = windowAt(Math.max(this.grid.scrollTop - padding, 0), this.grid.clientHeight, this.geometry);
      if (next.from !== this.window.from || next.to !== this.window.to) this.window = next;
    });
  };

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    const near = new Set(this.near);
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset.index);
      if (entry.isIntersecting) near.add(index);
      else near.delete(index);
    }
    this.near = near;
    // One update for the whole batch: each update re-checks every cell of the grid.
    const missing = [...near].filter((index) => this.renderer.needs(index));
    if (missing.length > 0) void Promise.all(missing.map((index) => this.renderer.render(index))).then(() => this.renders++);
  }

  private columns(): number {
    return Math.max(getComputedStyle(this.grid).gridTemplateColumns.split(' ').filter(Boolean).length, 1);
  }

  private async focusCell(index: number, block: ScrollLogicalPosition = 'nearest'): Promise<void> {
    this.selected = index;
    if (index < this.window.from || index >= this.window.to) {
      const viewRows = Math.ceil(this.grid.clientHeight / this.geometry.rowHeight);
      this.window = windowAround(index, viewRows, this.geometry);
    }
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

  /** Stands in for rows of cells that are not in the DOM. */
  private spacer(rows: number) {
    if (rows === 0) return nothing;
    // The spacer's own row gap stands in for the last of the missing gaps.
    return html`<div class="spacer" aria-hidden="true" style=${`height:${rows * this.geometry.rowHeight - this.gap}px`}></div>`;
  }

  override render() {
    const size = CANVAS[this.deck.meta.ratio];
    const count = this.deck.slides.length;
    return html`<dialog aria-labelledby="overview-title" @keydown=${this.onKeyDown}>
      <header>
        <h2 id="overview-title">Overview</h2>
        <span class="hint">${count} slides · arrows choose, Enter shows, Esc goes back</span>
        <button class="close" @click=${() => this.dialog.close()}>Close</button>
      </header>
      <div class="grid scroll" role="list" @scroll=${this.onScroll} style=${`--ratio:${size.width}/${size.height}`}>
        ${this.spacer(this.window.rowsBefore)}
        ${repeat(this.deck.slides.slice(this.window.from, this.window.to), (slide) => slide.index, (slide) => {
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
                      .look=${slide}
                      ?title-slide=${slide.index === 0}
                    ></lectern-thumbnail>`
                  : nothing}
              </span>
              <span class="visually-hidden">Slide ${slide.index + 1}: ${slide.title || 'untitled'}</span>
              <span class="caption" aria-hidden="true"><span class="number">${slide.index + 1}</span> ${slide.title}</span>
            </button>
          </div>`;
        })}
        ${this.spacer(this.window.rowsAfter)}
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-overview': LecternOverview;
  }
}

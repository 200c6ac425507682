import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Deck } from '../deck/types';
import type { SlideRenderer } from '../render/render-slide';
import { channelName, type Screen } from '../deck/sync-message';
import { IntentEvent } from '../events';
import { presenterStyles } from '../styles/presenter-styles';
import { CANVAS } from './lectern-stage';
import type { LecternTimer } from './lectern-timer';
import './lectern-stage';
import './lectern-slide';
import './lectern-timer';

const NOTES_SIZE_KEY = 'lectern-notes-size';
const NOTES_SIZES = [14, 16, 18, 20, 22, 24, 28, 32, 36, 42, 48, 56];

/**
 * The speaker's screen: the current slide as the audience sees it, the next
 * one, the notes (this slide's, then the next one's), the clock and timer.
 *
 * @fires lectern-intent - the speaker pressed a navigation button
 * @csspart notes - the notes panel
 */
@customElement('lectern-presenter')
export class LecternPresenter extends LitElement {
  static override styles = presenterStyles;

  @property({ attribute: false }) deck!: Deck;
  @property({ attribute: false }) renderer!: SlideRenderer;
  @property({ type: Number }) index = 0;
  /** Changes whenever the renderer has finished more HTML. */
  @property({ type: Number }) renders = 0;
  @property() deckUrl = '';
  @property() digits = '';
  /** Whether the audience screen is blanked, to tell the speaker. */
  @property() screen: Screen = 'normal';

  @state() private notesSize = Number(localStorage.getItem(NOTES_SIZE_KEY)) || 22;
  @query('lectern-timer') private timer!: LecternTimer | null;

  /** Keys the presenter view owns; the root hands them over. */
  command(action: 'notesBigger' | 'notesSmaller' | 'pauseTimer' | 'resetTimer'): void {
    if (action === 'pauseTimer') this.timer?.togglePause();
    else if (action === 'resetTimer') this.timer?.reset();
    else this.resizeNotes(action === 'notesBigger' ? 1 : -1);
  }

  private resizeNotes(step: number): void {
    const at = NOTES_SIZES.findIndex((size) => size >= this.notesSize);
    const next = NOTES_SIZES[Math.min(Math.max((at < 0 ? NOTES_SIZES.length - 1 : at) + step, 0), NOTES_SIZES.length - 1)];
    this.notesSize = next ?? this.notesSize;
    localStorage.setItem(NOTES_SIZE_KEY, String(this.notesSize));
  }

  private slide(index: number, label: string) {
    const size = CANVAS[this.deck.meta.ratio];
    return html`<lectern-stage
      ratio=${this.deck.meta.ratio}
      role="img"
      aria-label=${label}
      style=${`aspect-ratio:${size.width}/${size.height}`}
    >
      <lectern-slide
        .content=${this.renderer.peek(index)}
        .width=${size.width}
        .height=${size.height}
        ?title-slide=${index === 0}
        current
      ></lectern-slide>
    </lectern-stage>`;
  }

  private notes(index: number) {
    const notes = this.renderer.peek(index, 'notes');
    const inline = this.renderer.peek(index, 'inlineNotes');
    if (!notes && !inline) return html`<p class="empty">No notes for this slide.</p>`;
    return html`${notes ? unsafeHTML(notes) : nothing}${inline ? unsafeHTML(inline) : nothing}`;
  }

  override render() {
    const { deck, index } = this;
    const count = deck.slides.length;
    const hasNext = index + 1 < count;
    const intent = (action: 'previous' | 'next') => () => this.dispatchEvent(new IntentEvent(action));
    return html`
      <header>
        <h1>${deck.meta.title ?? deck.slides[0]?.title ?? 'Presenter view'}</h1>
        <nav aria-label="Slides">
          <button @click=${intent('previous')} aria-label="Previous slide" ?disabled=${index === 0}>◀</button>
          <span class="position" aria-label="Slide ${index + 1} of ${count}">${index + 1} / ${count}</span>
          <button @click=${intent('next')} aria-label="Next slide" ?disabled=${!hasNext}>▶</button>
          ${this.digits ? html`<span class="digits">Go to ${this.digits}</span>` : nothing}
          ${this.screen !== 'normal'
            ? html`<span class="blanked" role="status">Audience screen is ${this.screen}: any key brings it back</span>`
            : nothing}
        </nav>
        <lectern-timer
          .index=${index}
          .count=${count}
          .durationSeconds=${deck.meta.durationSeconds}
          storageKey=${`lectern-timer:${channelName(this.deckUrl)}`}
        ></lectern-timer>
      </header>
      <main>
        <section class="current" aria-label="Current slide">${this.slide(index, `Current slide, ${index + 1}: ${deck.slides[index]?.title ?? ''}`)}</section>
        <section class="next" aria-label="Next slide">
          <h2>Next</h2>
          ${hasNext ? this.slide(index + 1, `Next slide, ${index + 2}: ${deck.slides[index + 1]?.title ?? ''}`) : html`<p class="end">End of deck</p>`}
        </section>
        <section class="notes" part="notes" aria-label="Speaker notes" tabindex="0" style=${`font-size:${this.notesSize}px`}>
          <div class="notes-bar">
            <h2>Notes</h2>
            <span>
              <button @click=${() => this.resizeNotes(-1)}>
                <span aria-hidden="true">A−</span><span class="visually-hidden">Smaller notes text</span>
              </button>
              <button @click=${() => this.resizeNotes(1)}>
                <span aria-hidden="true">A+</span><span class="visually-hidden">Larger notes text</span>
              </button>
            </span>
          </div>
          <div class="notes-body">${this.notes(index)}</div>
          ${hasNext
            ? html`<div class="next-notes"><h3>Next slide's notes</h3>${this.notes(index + 1)}</div>`
            : nothing}
        </section>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-presenter': LecternPresenter;
  }
}

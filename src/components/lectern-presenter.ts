import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Deck } from '../deck/types';
import type { Action } from '../deck/keymap';
import type { Screen } from '../deck/sync-message';
import { channelName } from '../deck/sync-message';
import { PresenterStateController } from '../controllers/presenter-state-controller';
import type { SlideRenderer } from '../render/render-slide';
import { IntentEvent } from '../events';
import { presenterStyles } from '../styles/presenter-styles';
import { CANVAS } from './lectern-stage';
import { speakerNotes } from './speaker-notes';
import './lectern-thumbnail';
import './lectern-timer';

/**
 * The speaker's screen: the current slide as the audience sees it, the next
 * one, the notes (this slide's, then the next one's), the clock and timer.
 *
 * @fires lectern-intent - a button was pressed (move, notes size, timer)
 * @csspart notes - the notes panel
 */
@customElement('lectern-presenter')
export class LecternPresenter extends LitElement {
  static override styles = presenterStyles;

  @property({ attribute: false }) deck!: Deck;
  @property({ attribute: false }) renderer!: SlideRenderer;
  @property({ type: Number }) index = 0;
  /** How far the current slide is built up. */
  @property({ type: Number }) step = 0;
  /** Changes whenever the renderer has finished more HTML. */
  @property({ type: Number }) renders = 0;
  @property() digits = '';
  /** Whether the audience screen is blanked, to tell the speaker. */
  @property() screen: Screen = 'normal';
  /** The deck's address: the timer is kept per deck. */
  @property() deckUrl = '';
  /** Moves of the talk so far (joining it is not one): the first starts the timer. */
  @property({ type: Number }) moves = 0;
  private readonly state = new PresenterStateController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('deckUrl')) this.state.useDeck(channelName(this.deckUrl));
    if (changed.has('moves') && this.moves > 0) this.state.moved();
  }

  /** The presenter's own keys and buttons: the timer and the size of the notes. */
  act(action: Action): void {
    const { state } = this;
    // The first update picks up the deck's stored timer: a key pressed before it (while this code loaded) waits for it.
    void this.updateComplete.then(() => {
      if (action === 'pauseTimer') state.togglePause();
      else if (action === 'resetTimer') state.resetTimer();
      else if (action === 'notesBigger' || action === 'notesSmaller') state.resizeNotes(action === 'notesBigger' ? 1 : -1);
    });
  }

  private slide(index: number, step: number, label: string) {
    const { width, height } = CANVAS[this.deck.meta.ratio];
    return html`<lectern-thumbnail
      role="img"
      aria-label=${label}
      ratio=${this.deck.meta.ratio}
      style=${`aspect-ratio:${width}/${height}`}
      .content=${this.renderer.peek(index)}
      .look=${this.deck.slides[index]}
      .step=${step}
      ?title-slide=${index === 0}
    ></lectern-thumbnail>`;
  }

  override render() {
    const { deck, index, step } = this;
    const count = deck.slides.length;
    const hasNext = index + 1 < count;
    const steps = deck.slides[index]?.steps ?? 0;
    // Next shows what the next press brings: this slide's next step, else the next slide as it opens.
    const nextStep = step < steps;
    const ask = (action: Action) => () => this.dispatchEvent(new IntentEvent(action));
    return html`
      <header>
        <h1>${deck.meta.title ?? deck.slides[0]?.title ?? 'Presenter view'}</h1>
        <nav aria-label="Slides">
          <button @click=${ask('previous')} aria-label="Previous" ?disabled=${index === 0 && step === 0}>◀</button>
          <span class="position" aria-hidden="true">${deck.numbers?.[index] ?? index + 1} / ${deck.numbers?.at(-1) ?? count}</span>
          <span class="visually-hidden">Slide ${index + 1} of ${count}</span>
          ${steps > 0 ? html`<span class="step">step ${step} of ${steps}</span>` : nothing}
          <button @click=${ask('next')} aria-label="Next" ?disabled=${!hasNext && !nextStep}>▶</button>
          ${this.digits ? html`<span class="digits">Go to ${this.digits}</span>` : nothing}
        </nav>
        <lectern-timer .timer=${this.state.timer} .index=${index} .count=${count} .durationSeconds=${deck.meta.durationSeconds}></lectern-timer>
      </header>
      <main data-ratio=${deck.meta.ratio} style=${`--ratio:${CANVAS[deck.meta.ratio].width}/${CANVAS[deck.meta.ratio].height}`}>
        <section class="current" aria-label="Current slide">
          ${this.slide(index, step, `Current slide, ${index + 1}: ${deck.slides[index]?.title ?? ''}`)}
          ${this.screen !== 'normal'
            ? html`<p class="blanked" role="status">Audience screen is ${this.screen}: any key brings it back</p>`
            : nothing}
        </section>
        <section class="next" aria-label="Next slide">
          <h2>${nextStep ? `Next: step ${step + 1}` : 'Next'}</h2>
          ${nextStep
            ? this.slide(index, step + 1, `Next, step ${step + 1} of slide ${index + 1}: ${deck.slides[index]?.title ?? ''}`)
            : hasNext
              ? this.slide(index + 1, 0, `Next slide, ${index + 2}: ${deck.slides[index + 1]?.title ?? ''}`)
              : html`<p class="end">End of deck</p>`}
        </section>
        <section class="notes" part="notes" aria-label="Speaker notes" tabindex="0" style=${`font-size:${this.state.notesSize}px`}>
          <div class="notes-bar">
            <h2>Notes</h2>
            <span>
              <button @click=${ask('notesSmaller')}>
                <span aria-hidden="true">A−</span><span class="visually-hidden">Smaller notes text</span>
              </button>
              <button @click=${ask('notesBigger')}>
                <span aria-hidden="true">A+</span><span class="visually-hidden">Larger notes text</span>
              </button>
            </span>
          </div>
          <div class="notes-body">${speakerNotes(this.renderer, index)}</div>
          ${hasNext ? html`<div class="next-notes"><h3>Next slide's notes</h3>${speakerNotes(this.renderer, index + 1)}</div>` : nothing}
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

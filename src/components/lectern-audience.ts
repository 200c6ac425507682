import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Deck } from '../deck/types';
import type { SlideRenderer } from '../render/render-slide';
import { IntentEvent } from '../events';
import { audienceStyles } from '../styles/audience-styles';
import { CANVAS } from './lectern-stage';
import { speakerNotes } from './speaker-notes';
import './lectern-stage';
import './lectern-slide';

const INTERACTIVE = 'a, button, input, textarea, select, summary, details, label, video, audio, pre, code, [contenteditable]';

/** Chromium keeps a selection made inside a shadow root on that root. */
function hasSelection(root: Document | ShadowRoot): boolean {
  const selection = (root as { getSelection?: () => Selection | null }).getSelection?.();
  return selection !== null && selection !== undefined && !selection.isCollapsed;
}

/** Slides kept in the DOM on each side of the current one. */
export const NEIGHBOURS = 1;

/**
 * The audience view: the current slide on a letterboxed canvas, with its
 * neighbours laid out but hidden, a counter and a progress bar; and, while
 * notes are toggled on, the speaker notes under the slide.
 *
 * @cssproperty --lectern-progress - colour of the progress bar
 * @csspart canvas - the scaled slide canvas
 * @csspart content - a slide's content box
 * @csspart counter - the `N / M` counter
 * @csspart progress - the progress bar
 * @csspart notes - the notes panel shown under the slide
 * @fires lectern-intent - a click on the right or left third of the slide
 */
@customElement('lectern-audience')
export class LecternAudience extends LitElement {
  static override styles = audienceStyles;

  @property({ attribute: false }) deck!: Deck;
  @property({ attribute: false }) renderer!: SlideRenderer;
  @property({ type: Number }) index = 0;
  /** Changes whenever the renderer has finished more HTML. */
  @property({ type: Number }) renders = 0;
  @property() digits = '';
  @property({ type: Boolean }) showNotes = false;

  override render() {
    const { deck, renderer, index } = this;
    const count = deck.slides.length;
    const size = CANVAS[deck.meta.ratio];
    const near = deck.slides.slice(Math.max(index - NEIGHBOURS, 0), index + NEIGHBOURS + 1);
    return html`
      <lectern-stage ratio=${deck.meta.ratio} exportparts="canvas" @click=${this.onClick}>
        ${repeat(
          near,
          (slide) => slide.index,
          (slide) => html`<lectern-slide
            exportparts="content"
            .content=${renderer.peek(slide.index)}
            .notes=${this.showNotes ? renderer.peek(slide.index, 'inlineNotes') : undefined}
            .width=${size.width}
            .height=${size.height}
            ?title-slide=${slide.index === 0}
            ?current=${slide.index === index}
            ?inert=${slide.index !== index}
            aria-hidden=${slide.index === index ? 'false' : 'true'}
            role="group"
            aria-roledescription="slide"
            aria-label=${`${slide.index + 1} of ${count}`}
          ></lectern-slide>`,
        )}
        ${this.digits ? html`<div class="digits" aria-hidden="true">Go to ${this.digits}</div>` : nothing}
        <div class="counter" part="counter">${index + 1} / ${count}</div>
        <div class="progress" part="progress" style=${`width:${((index + 1) / count) * 100}%`}></div>
      </lectern-stage>
      ${this.showNotes ? this.renderNotes() : nothing}
    `;
  }

  /** A click on the right or left third moves, unless it was on something clickable or ended a selection. */
  private onClick(event: MouseEvent): void {
    if (event.button !== 0 || event.defaultPrevented) return;
    const path = event.composedPath();
    if (path.some((node) => node instanceof Element && node.matches(INTERACTIVE))) return;
    if (path.some((node) => node instanceof ShadowRoot && hasSelection(node)) || hasSelection(document)) return;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const x = (event.clientX - box.left) / box.width;
    if (x > 2 / 3) this.dispatchEvent(new IntentEvent('next'));
    else if (x < 1 / 3) this.dispatchEvent(new IntentEvent('previous'));
  }

  private renderNotes() {
    return html`<section class="notes" part="notes" aria-label="Speaker notes">
      <h2>Notes</h2>
      ${speakerNotes(this.renderer, this.index)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-audience': LecternAudience;
  }
}

import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Deck } from '../deck/types';
import type { SlideRenderer } from '../render/render-slide';
import { IntentEvent } from '../events';
import { audienceStyles } from '../styles/audience-styles';
import { CANVAS } from './lectern-stage';
import { speakerNotes } from './speaker-notes';
import './lectern-stage';
import type { LecternSlide } from './lectern-slide';
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
  /** How far the current slide is built up (the slide before shows all its steps, the one after none). */
  @property({ type: Number }) step = 0;
  /** Changes whenever the renderer has finished more HTML. */
  @property({ type: Number }) renders = 0;
  @property() digits = '';
  @property({ type: Boolean }) showNotes = false;

  /** The slide elements in the stage, by slide index: each kept while it stays near, so what it rendered and fitted is kept too. */
  private readonly slides = new Map<number, LecternSlide>();

  override render() {
    const { deck, index } = this;
    const count = deck.slides.length;
    return html`
      <lectern-stage ratio=${deck.meta.ratio} exportparts="canvas" @click=${this.onClick}>
        <div class="slides"></div>
        ${this.digits ? html`<div class="digits" aria-hidden="true">Go to ${this.digits}</div>` : nothing}
        <div class="counter" part="counter">${deck.numbers?.[index] ?? index + 1} / ${deck.numbers?.at(-1) ?? count}</div>
        <div class="progress" part="progress" style=${`width:${((index + 1) / count) * 100}%`}></div>
      </lectern-stage>
      ${this.showNotes ? this.renderNotes() : nothing}
    `;
  }

  /**
   * The current slide and its neighbours, placed by hand rather than with
   * lit's repeat(), which leaves a comment node behind for every slide it drops.
   */
  protected override updated(): void {
    const box = this.renderRoot.querySelector('.slides');
    if (!box) return;
    const { deck, renderer, index } = this;
    const count = deck.slides.length;
    const size = CANVAS[deck.meta.ratio];
    const near = deck.slides.slice(Math.max(index - NEIGHBOURS, 0), index + NEIGHBOURS + 1).map((slide) => slide.index);
    for (const [i, slide] of this.slides) {
      if (near.includes(i)) continue;
      slide.remove();
      this.slides.delete(i);
    }
    near.forEach((i, position) => {
      let slide = this.slides.get(i);
      if (!slide) {
        slide = document.createElement('lectern-slide');
        slide.setAttribute('exportparts', 'content');
        slide.setAttribute('role', 'group');
        slide.setAttribute('aria-roledescription', 'slide');
        slide.titleSlide = i === 0;
        this.slides.set(i, slide);
      }
      slide.setAttribute('aria-label', `${i + 1} of ${count}`);
      slide.content = renderer.peek(i);
      slide.look = deck.slides[i];
      slide.notes = this.showNotes ? renderer.peek(i, 'inlineNotes') : undefined;
      slide.width = size.width;
      slide.height = size.height;
      slide.current = i === index;
      slide.step = i === index ? this.step : i < index ? Infinity : 0;
      slide.inert = i !== index;
      slide.setAttribute('aria-hidden', i === index ? 'false' : 'true');
      if (box.children[position] !== slide) box.insertBefore(slide, box.children[position] ?? null);
    });
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

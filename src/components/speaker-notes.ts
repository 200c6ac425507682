import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { SlideRenderer } from '../render/render-slide';

/**
 * A slide's notes as the speaker reads them, in the presenter view and in the
 * panel under the slide alike: the notes after its marker, then its `.notes:` lines.
 */
export function speakerNotes(renderer: SlideRenderer, index: number) {
  const notes = renderer.peek(index, 'notes');
  const inline = renderer.peek(index, 'inlineNotes');
  if (!notes && !inline) return html`<p class="empty">No notes for this slide.</p>`;
  // Confined like a slide: a fixed or high z-index element in the notes stays inside them.
  return html`<div class="deck-notes" style="contain: paint; overflow-x: auto">${notes ? unsafeHTML(notes) : nothing}${inline ? unsafeHTML(inline) : nothing}</div>`;
}

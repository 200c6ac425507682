import { html } from 'lit';
import type { SlideRenderer } from '../render/render-slide';

/**
 * A slide's notes as the speaker reads them, in the presenter view and in the
 * panel under the slide alike: the notes after its marker, then its `.notes:` lines.
 */
export function speakerNotes(renderer: SlideRenderer, index: number) {
  const notes = renderer.peek(index, 'notes');
  const inline = renderer.peek(index, 'inlineNotes');
  if (!notes && !inline) return html`<p class="empty">No notes for this slide.</p>`;
  // Confined like a slide: a fixed or high z-index element in the notes stays inside them. Sanitized HTML,
  // set as a property (lit's unsafeHTML directive would weigh on the first load for this alone).
  return html`<div class="deck-notes" style="contain: paint; overflow-x: auto" .innerHTML=${(notes ?? '') + (inline ?? '')}></div>`;
}

import type { Deck } from '../deck/types';
import { escapeHtml } from './escape-html';
import { SLIDE_SOURCE_CAP } from './limits';
import { RenderTimeout, type MarkdownRenderer } from './markdown-renderer';
import { LruCache } from './lru-cache';
import { sanitize } from './sanitize';

/** What of a slide to render: its body, its speaker notes, or its Landslide `.notes:` lines. */
export type SlidePart = 'slide' | 'notes' | 'inlineNotes';

/** A card in place of what could not be shown: our own HTML, with every text from the deck escaped. */
function card(title: string, reason: string): string {
  return `<div class="render-failure" role="alert"><p><strong>${escapeHtml(title)}</strong></p><p>${escapeHtml(reason)}</p></div>`;
}

const kb = (chars: number): string => `${Math.round(chars / 1024)} KB`;

/**
 * Rendered parts kept at once. Far more than any view shows (the slide and its
 * neighbours, the overview's visible thumbnails), so a view never waits for
 * what it showed a moment ago, while a walk through a huge deck holds memory
 * for these only.
 */
export const RENDERED_CAP = 240;

/**
 * Renders slides of one deck on demand and remembers the most recent results,
 * so a slide's Markdown is parsed once, and only when the speaker gets near it.
 */
export class SlideRenderer {
  private readonly inFlight = new Map<string, Promise<string>>();
  private readonly done = new LruCache<string, string>(RENDERED_CAP);
  /** Parts given up after a first timeout, to try once more when next asked for (a cold start or a slow network may be to blame). */
  private readonly retry = new Set<string>();
  private readonly retried = new Set<string>();

  constructor(
    readonly deck: Deck,
    readonly deckUrl: string,
    readonly markdown: MarkdownRenderer,
    /** Keep slides' own `<style>`: false for a deck from another origin. */
    readonly styles: boolean,
  ) {
    markdown.useLinks(deck.linkDefinitions);
  }

  /** Sanitized HTML of one part of a slide; never rejects. */
  render(index: number, part: SlidePart = 'slide'): Promise<string> {
    const key = `${part}:${index}`;
    const running = this.inFlight.get(key);
    if (running) return running;
    const cached = this.retry.has(key) ? undefined : this.done.get(key);
    if (cached !== undefined) return Promise.resolve(cached);
    this.retry.delete(key);
    const html = this.renderNow(index, part)
      .catch((error: unknown) => {
        console.error(`Lectern: slide ${index + 1} could not be rendered.`, error);
        if (error instanceof RenderTimeout && !this.retried.has(key)) {
          this.retry.add(key);
          this.retried.add(key);
        }
        const reason = error instanceof Error ? error.message : String(error);
        return card(`${this.name(index)} could not be shown:`, `${reason}.`);
      })
      .then((result) => this.settle(key, result));
    this.inFlight.set(key, html);
    return html;
  }

  private settle(key: string, html: string): string {
    this.inFlight.delete(key);
    this.done.set(key, html);
    return html;
  }

  /** Whether a view should ask for this part: not rendered (or forgotten), or given up once after a timeout. */
  needs(index: number, part: SlidePart = 'slide'): boolean {
    const key = `${part}:${index}`;
    return !this.inFlight.has(key) && (this.retry.has(key) || !this.done.has(key));
  }

  /** The render of a part under way, if any. */
  running(index: number, part: SlidePart): Promise<string> | undefined {
    return this.inFlight.get(`${part}:${index}`);
  }

  /** Takes HTML for a part from elsewhere (the same slide in the deck before a save), or its render under way. */
  keep(index: number, part: SlidePart, html: string | Promise<string>): void {
    const key = `${part}:${index}`;
    if (typeof html === 'string') this.done.set(key, html);
    else this.inFlight.set(key, html.then((result) => this.settle(key, result)));
  }

  get slideCount(): number {
    return this.deck.slides.length;
  }

  /** The HTML already rendered, if any. */
  peek(index: number, part: SlidePart = 'slide'): string | undefined {
    return this.done.get(`${part}:${index}`);
  }

  private name(index: number): string {
    const title = this.deck.slides[index]?.title;
    return `Slide ${index + 1}${title ? ` (${title})` : ''}`;
  }

  /** Renders a part without looking at what is kept (the caller keeps the result, or not). */
  async renderNow(index: number, part: SlidePart): Promise<string> {
    const slide = this.deck.slides[index];
    if (!slide) return '';
    const markdown = part === 'slide' ? slide.markdown : part === 'notes' ? slide.notes : slide.inlineNotes;
    if (markdown.trim() === '') return '';
    if (markdown.length > SLIDE_SOURCE_CAP) {
      return card(
        `${this.name(index)} is too large to show:`,
        `${part === 'slide' ? 'its Markdown takes' : 'its notes take'} ${kb(markdown.length)}, more than the ${kb(SLIDE_SOURCE_CAP)} one slide may hold. Split it into several slides.`,
      );
    }
    const html = await this.markdown.render(markdown, part === 'slide' ? slide.headings : []);
    // Notes are shown inside the presenter's own view, where a <style> would restyle it.
    return sanitize(html, { deckUrl: this.deckUrl, styles: this.styles && part === 'slide' });
  }
}

/**
 * What a view needs rendered around slide `index`: the slide and its
 * neighbours, plus notes where the view shows them (the presenter also shows
 * the next slide's).
 */
export function partsNear(
  index: number,
  count: number,
  show: { neighbours: number; presenter: boolean; notes: boolean },
): [number, SlidePart][] {
  const parts: [number, SlidePart][] = [];
  // The current slide first, then the way the talk is most likely to go: slides render one at a time.
  const near = [index];
  for (let step = 1; step <= show.neighbours; step++) near.push(index + step, index - step);
  for (const i of near.filter((i) => i >= 0 && i < count)) {
    parts.push([i, 'slide']);
    if (show.notes) parts.push([i, 'inlineNotes']);
  }
  if (show.presenter || show.notes) parts.push([index, 'notes'], [index, 'inlineNotes']);
  if (show.presenter && index + 1 < count) parts.push([index + 1, 'notes'], [index + 1, 'inlineNotes']);
  return parts;
}

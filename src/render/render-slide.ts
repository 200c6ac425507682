import type { Deck } from '../deck/types';
import { codeLanguages, lexSlide, parseLinkDefinitions, renderTokens } from './markdown';
import { loadLanguages } from './highlight';
import { sanitize } from './sanitize';

/** What of a slide to render: its body, its speaker notes, or its Landslide `.notes:` lines. */
export type SlidePart = 'slide' | 'notes' | 'inlineNotes';

const failure = (error: unknown): string => {
  console.error(error);
  const reason = error instanceof Error ? error.message : String(error);
  return `<p role="alert">This could not be rendered: ${reason.replace(/[<&]/g, '')}</p>`;
};

/**
 * Renders slides of one deck on demand and remembers the result, so a slide's
 * Markdown is parsed once, and only when the speaker gets near it.
 */
export class SlideRenderer {
  private readonly links;
  private readonly pending = new Map<string, Promise<string>>();
  private readonly done = new Map<string, string>();

  constructor(
    private readonly deck: Deck,
    private readonly deckUrl: string,
  ) {
    this.links = parseLinkDefinitions(deck.linkDefinitions);
  }

  /** Sanitized HTML of one part of a slide; never rejects. */
  render(index: number, part: SlidePart = 'slide'): Promise<string> {
    const key = `${part}:${index}`;
    let html = this.pending.get(key);
    if (!html) {
      html = this.renderNow(index, part)
        .catch(failure)
        .then((result) => {
          this.done.set(key, result);
          return result;
        });
      this.pending.set(key, html);
    }
    return html;
  }

  /** The HTML already rendered, if any. */
  peek(index: number, part: SlidePart = 'slide'): string | undefined {
    return this.done.get(`${part}:${index}`);
  }

  private async renderNow(index: number, part: SlidePart): Promise<string> {
    const slide = this.deck.slides[index];
    if (!slide) return '';
    const markdown = part === 'slide' ? slide.markdown : part === 'notes' ? slide.notes : slide.inlineNotes;
    if (markdown.trim() === '') return '';
    const tokens = lexSlide(markdown, this.links);
    await loadLanguages(codeLanguages(tokens));
    return sanitize(renderTokens(tokens, part === 'slide' ? slide.headings : []), this.deckUrl);
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
  for (let i = Math.max(index - show.neighbours, 0); i <= Math.min(index + show.neighbours, count - 1); i++) {
    parts.push([i, 'slide']);
    if (show.notes) parts.push([i, 'inlineNotes']);
  }
  if (show.presenter || show.notes) parts.push([index, 'notes'], [index, 'inlineNotes']);
  if (show.presenter && index + 1 < count) parts.push([index + 1, 'notes'], [index + 1, 'inlineNotes']);
  return parts;
}

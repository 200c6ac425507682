import type { Deck } from '../deck/types';
import { codeLanguages, lexSlide, parseLinkDefinitions, renderTokens } from './markdown';
import { loadLanguages } from './highlight';
import { sanitize } from './sanitize';

/**
 * Renders slides of one deck on demand and remembers the result, so a slide's
 * Markdown is parsed once, and only when the speaker gets near it.
 */
export class SlideRenderer {
  private readonly links;
  private readonly cache = new Map<string, Promise<string>>();

  constructor(
    private readonly deck: Deck,
    private readonly deckUrl: string,
  ) {
    this.links = parseLinkDefinitions(deck.linkDefinitions);
  }

  /** Sanitized HTML of a slide's body (`part: 'slide'`) or its notes. */
  render(index: number, part: 'slide' | 'notes' | 'inlineNotes' = 'slide'): Promise<string> {
    const key = `${part}:${index}`;
    let html = this.cache.get(key);
    if (!html) {
      html = this.renderNow(index, part);
      this.cache.set(key, html);
    }
    return html;
  }

  private async renderNow(index: number, part: 'slide' | 'notes' | 'inlineNotes'): Promise<string> {
    const slide = this.deck.slides[index];
    if (!slide) return '';
    const markdown = part === 'slide' ? slide.markdown : part === 'notes' ? slide.notes : slide.inlineNotes;
    const tokens = lexSlide(markdown, this.links);
    await loadLanguages(codeLanguages(tokens));
    return sanitize(renderTokens(tokens, part === 'slide' ? slide.headings : []), this.deckUrl);
  }
}

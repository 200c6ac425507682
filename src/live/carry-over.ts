import type { Slide } from '../deck/types';
import type { SlidePart, SlideRenderer } from '../render/render-slide';

const PARTS: readonly SlidePart[] = ['slide', 'notes', 'inlineNotes'];

/** Everything a slide's HTML depends on besides the deck's URL and link definitions. */
const sourceKey = (slide: Slide): string => JSON.stringify([slide.markdown, slide.notes, slide.inlineNotes, slide.headings.map((h) => h.id)]);

const isCard = (html: string): boolean => html.startsWith('<div class="render-failure"');

/**
 * Gives `next` (the deck after a save) what `previous` rendered, or is
 * rendering, of the slides whose text did not change, wherever they moved:
 * a save re-renders only the slides it changed.
 */
export function carryOver(previous: SlideRenderer, next: SlideRenderer): void {
  const same = previous.deckUrl === next.deckUrl && previous.styles === next.styles && previous.deck.linkDefinitions === next.deck.linkDefinitions;
  if (!same) return;
  const before = new Map(previous.deck.slides.map((slide) => [sourceKey(slide), slide.index]));
  for (const slide of next.deck.slides) {
    const old = before.get(sourceKey(slide));
    if (old === undefined) continue;
    for (const part of PARTS) {
      const html = previous.peek(old, part);
      const running = previous.running(old, part);
      if (html !== undefined && !isCard(html)) next.keep(slide.index, part, html);
      else if (running) next.keep(slide.index, part, running);
    }
  }
}

/** Renders again every part whose HTML shows `href` (a file just saved), keeping the old HTML until the new is ready. */
export async function renderAgain(renderer: SlideRenderer, href: string): Promise<void> {
  const stale: [number, SlidePart][] = [];
  for (let i = 0; i < renderer.slideCount; i++) {
    for (const part of PARTS) if (renderer.peek(i, part)?.includes(href)) stale.push([i, part]);
  }
  await Promise.all(
    stale.map(async ([i, part]) => {
      const html = await renderer.renderNow(i, part).catch(() => undefined);
      if (html !== undefined) renderer.keep(i, part, html);
    }),
  );
}

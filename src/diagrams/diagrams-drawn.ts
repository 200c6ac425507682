/** Past this, a diagram still not drawn (Mermaid's files unreachable) prints as its source. */
const PATIENCE_MS = 20_000;

const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Waits until every ```` ```mermaid ```` block on these slides has become a
 * diagram or an error card (draw-diagrams.ts replaces each block when done),
 * so that print is not declared ready with a diagram missing. Nothing to wait
 * for in a deck without one, and nothing to load.
 */
export async function diagramsDrawn(slides: Iterable<Element>): Promise<void> {
  const list = [...slides];
  const pending = (): boolean => list.some((slide) => slide.shadowRoot?.querySelector('pre > code.language-mermaid'));
  const until = performance.now() + PATIENCE_MS;
  while (pending() && performance.now() < until) await frame();
}

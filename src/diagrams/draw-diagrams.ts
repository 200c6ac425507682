/**
 * ```` ```mermaid ```` blocks drawn as diagrams, loaded by a slide the first
 * time one is placed (lectern-slide.ts): a deck without diagrams never fetches
 * Mermaid. Each block, a `<pre>` of its source, becomes a `<figure>` of
 * sanitized SVG, or a card with Mermaid's message and the source.
 * Imports nothing the first load does not have: the import in lectern-slide.ts
 * then costs the first load a few bytes, and Mermaid comes in one step later.
 */
import type { LecternSlide } from '../components/lectern-slide';
import type { ThemeName } from '../themes/theme-names';
import type { Drawn } from './mermaid-svg';
import { diagramFigure, diagramFailure, diagramStyles } from './diagram-figure';

/** The source of each figure on the slides, to draw it again in another theme. */
const sources = new WeakMap<Element, string>();
/** Blocks being drawn: a slide updated meanwhile does not start them twice. */
const drawing = new WeakSet<Element>();
/** Slides that have shown a diagram, for a change of theme. */
const slides = new Set<LecternSlide>();

const pageTheme = (): ThemeName => {
  const theme = document.documentElement.dataset.lecternTheme;
  return theme === 'dark' || theme === 'high-contrast' ? theme : 'light';
};

async function drawBlock(slide: LecternSlide, block: Element, source: string): Promise<void> {
  drawing.add(block);
  const { diagramSvg } = await import('./mermaid-svg');
  let theme: ThemeName;
  let result: Drawn;
  // The theme may change while Mermaid draws: then the drawing is made again in the new one.
  do {
    theme = pageTheme();
    result = await diagramSvg(source, theme);
  } while (theme !== pageTheme());
  drawing.delete(block);
  // The slide moved on (its content replaced) while Mermaid was drawing.
  if (!block.isConnected) return;
  const figure = 'svg' in result ? diagramFigure(result.svg) : diagramFailure(result.error, source);
  for (const { name, value } of block.attributes) {
    if (name === 'class') figure.classList.add(...[...block.classList].filter((name) => !name.startsWith('language-')));
    // Whatever the slide put on the block (a build-up step) carries over.
    else figure.setAttribute(name, value);
  }
  sources.set(figure, source);
  block.replaceWith(figure);
  // Recorded as a change of width, which is what makes a slide fit itself again (as when a font arrives).
  slide.requestUpdate('width', 0);
}

/** Draws the Mermaid blocks in `box`, the content of `slide`. */
export function drawDiagrams(slide: LecternSlide, box: HTMLElement): void {
  watchTheme();
  for (const known of slides) if (!known.isConnected) slides.delete(known);
  slides.add(slide);
  const root = slide.shadowRoot;
  if (root && !root.adoptedStyleSheets.includes(diagramStyles)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, diagramStyles];
  for (const code of box.querySelectorAll('pre > code.language-mermaid')) {
    const block = code.parentElement;
    if (!block || drawing.has(block)) continue;
    void drawBlock(slide, block, code.textContent ?? '');
  }
}

let watching = false;

/** A new theme (key `d`) draws the diagrams of the slides on the page again, in its colours. */
function watchTheme(): void {
  if (watching) return;
  watching = true;
  new MutationObserver(() => {
    for (const slide of slides) {
      if (!slide.isConnected) continue;
      for (const figure of slide.renderRoot.querySelectorAll('figure.diagram')) {
        const source = sources.get(figure);
        if (source !== undefined && !drawing.has(figure)) void drawBlock(slide, figure, source);
      }
    }
  }).observe(document.documentElement, { attributeFilter: ['data-lectern-theme'] });
}

import type { LecternSlide } from '../components/lectern-slide';
import { deepQuery } from './deep-query';

/**
 * Adds a stylesheet inside every slide, after the built-in styles: the slides
 * on the page now, and (through Lit's element styles) every slide made later,
 * thumbnails and presenter panes included.
 */
export function adoptInSlides(sheet: CSSStyleSheet): void {
  const slide = customElements.get('lectern-slide') as typeof LecternSlide | undefined;
  slide?.elementStyles.push(sheet);
  for (const element of deepQuery('lectern-slide')) {
    const root = element.shadowRoot;
    if (root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** Lays the slides out again: a font that arrived changes how much fits. */
export function refitSlides(): void {
  // Recorded as a change of width (the value stays), which is what makes a slide fit itself again.
  for (const element of deepQuery('lectern-slide')) (element as LecternSlide).requestUpdate('width', 0);
}

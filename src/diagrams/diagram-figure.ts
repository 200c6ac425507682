/** Mermaid writes its text at 16px; the slide's is about 30px: a diagram is shown this much larger, room permitting. */
const ENLARGE = 1.5;

/**
 * In the slides' cascade layer, so that a deck's own `<style>` (unlayered)
 * can size its diagrams otherwise. The height cap leaves room for a heading
 * above the diagram, so a tall one does not shrink the whole slide.
 */
export const diagramStyles = new CSSStyleSheet();
diagramStyles.replaceSync(`@layer lectern {
  figure.diagram { margin: 0.4em 0; display: flex; justify-content: center; }
  figure.diagram > svg { display: block; width: 100%; height: auto; max-height: 480px; }
  .diagram-failure pre { margin: 0.4em 0 0; padding: 0.4em 0.6em; white-space: pre-wrap; font-size: 0.9em; background: #fff; color: #1f2430; border-radius: 4px; }
}`);

/** A figure holding the (already sanitized) SVG, named for assistive technology by the diagram's own title if it has one. */
export function diagramFigure(svg: string): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'diagram';
  figure.innerHTML = svg;
  const drawing = figure.querySelector('svg');
  const title = drawing?.querySelector(':scope > title')?.textContent?.trim();
  figure.setAttribute('role', 'img');
  figure.setAttribute('aria-label', title || 'diagram');
  const natural = parseFloat(drawing?.style.maxWidth ?? '');
  if (drawing && natural > 0) drawing.style.maxWidth = `${natural * ENLARGE}px`;
  return figure;
}

const text = (tag: string, content: string): HTMLElement => {
  const element = document.createElement(tag);
  element.textContent = content;
  return element;
};

/** Mermaid's message and the diagram's source, as text, where the diagram would be. */
export function diagramFailure(message: string, source: string): HTMLElement {
  const card = document.createElement('div');
  card.className = 'render-failure diagram-failure';
  const title = document.createElement('p');
  title.append(text('strong', 'This diagram could not be drawn'));
  const code = document.createElement('pre');
  code.append(text('code', source));
  card.append(title, text('pre', message), code);
  return card;
}

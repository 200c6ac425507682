import DOMPurify from 'dompurify';
import { cleanCss } from './clean-css';
import { FORBID_ATTR } from './sanitize';

/**
 * A drawing made from a deck (a Mermaid diagram) as SVG only: no HTML, so no
 * `<foreignObject>` to carry it, no script, no event handler, and the same
 * attributes forbidden as in a slide. Its `<style>` is cleaned like a slide's.
 * An instance of its own: the slide sanitizer's hooks resolve URLs against a deck.
 */
const purify = DOMPurify(window);

purify.addHook('uponSanitizeElement', (node, data) => {
  if (data.tagName === 'style' && node.textContent) node.textContent = cleanCss(node.textContent);
});

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName.toLowerCase() !== 'a') return;
  for (const attr of ['href', 'xlink:href']) {
    const href = node.getAttribute(attr);
    if (href === null) continue;
    // A bare `#` would clear the hash, which means slide 1.
    if (href === '#') node.removeAttribute(attr);
    else if (!href.startsWith('#')) {
      // A click must never take the talk away.
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  }
});

export function sanitizeSvg(svg: string): string {
  return purify.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['foreignObject', 'script'],
    FORBID_ATTR,
  });
}

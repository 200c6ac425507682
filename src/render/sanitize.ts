import DOMPurify from 'dompurify';

const purify = DOMPurify(window);
// DOMPurify hooks are global to an instance and sanitize() is synchronous,
// so the base URL of the call under way can live here.
let base = '';

function resolve(url: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

purify.addHook('afterSanitizeAttributes', (node) => {
  // HTML <a> and <area>, and SVG <a> with href or xlink:href.
  for (const attr of ['href', 'xlink:href']) {
    const href = node.getAttribute(attr);
    if (href === null) continue;
    if (href === '#') {
      // Would clear the hash, which means slide 1.
      node.removeAttribute(attr);
    } else if (!href.startsWith('#')) {
      node.setAttribute(attr, resolve(href));
      // A click must never take the talk away: everything that leaves the deck opens in a new tab.
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  }
  for (const attr of ['src', 'poster']) {
    const value = node.getAttribute(attr);
    if (value !== null && !value.startsWith('data:')) node.setAttribute(attr, resolve(value));
  }
});

/** Sanitized HTML with relative URLs resolved against the deck's own URL. */
export function sanitize(html: string, deckUrl: string): string {
  base = deckUrl;
  try {
    return purify.sanitize(html, { ADD_ATTR: ['target'], FORBID_TAGS: ['base', 'form'] });
  } finally {
    base = '';
  }
}

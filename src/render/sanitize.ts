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
  if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
    const href = node.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      // An in-deck link: `#some-heading` goes through the deck's own hash rules.
      if (!href.startsWith('#/') && href.length > 1) node.setAttribute('href', `#/${href.slice(1)}`);
      return;
    }
    node.setAttribute('href', resolve(href));
    // A click must never take the talk away: everything else opens in a new tab.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
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

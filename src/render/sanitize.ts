import DOMPurify from 'dompurify';
import { cleanCss } from './clean-css';
import { savedVersion } from '../live/saved-files';

/**
 * Everything a deck may not bring, on top of what DOMPurify already drops
 * (scripts, event handlers, `javascript:` URLs, custom elements, our own
 * `lectern-*` among them): controls that could take keys or submit, elements
 * that fetch or embed other documents, and attributes that send requests,
 * steal focus or escape the slide (the top layer of `popover`).
 */
const FORBID_TAGS = [
  'form', 'button', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'slot', 'base', 'meta', 'link',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'portal', 'fencedframe', 'noscript', 'template',
];
/** Lectern's own markers, put in by the deck parser (build-up steps, code walk-throughs): data only, never behaviour. */
const ADD_ATTR = ['data-lectern-step', 'data-lectern-attrs', 'data-lectern-from', 'data-lectern-code-steps', 'data-lectern-lines', 'data-lectern-numbers', 'data-line-numbers'];
export const FORBID_ATTR = [
  'target', 'rel', 'ping', 'background', 'formaction', 'action', 'srcdoc', 'autofocus', 'contenteditable',
  'accesskey', 'popover', 'popovertarget', 'popovertargetaction', 'interestfor', 'is', 'slot', 'part',
  'exportparts',
];

export interface SanitizeOptions {
  /** The deck's own URL: relative links and images resolve against it. */
  deckUrl: string;
  /** Keep `<style>` elements (cleaned, and scoped by the slide's shadow root); off for notes and for decks from another origin. */
  styles: boolean;
}

const purify = DOMPurify(window);
// DOMPurify hooks are global to an instance and sanitize() is synchronous,
// so the options of the call under way can live here.
let current: SanitizeOptions = { deckUrl: '', styles: false };

function resolve(url: string): string {
  try {
    const href = new URL(url, current.deckUrl).href;
    return import.meta.env.DEV ? savedVersion(href) : href;
  } catch {
    return url;
  }
}

const resolveSrcset = (srcset: string): string =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().replace(/^\S+/, (url) => (url.startsWith('data:') ? url : resolve(url))))
    .join(', ');

purify.addHook('uponSanitizeElement', (node, data) => {
  if (data.tagName === 'style' && node.textContent) node.textContent = current.styles ? cleanCss(node.textContent) : '';
});

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName.toLowerCase() === 'input') {
    // Only what a task list makes: a checkbox nobody can change.
    if (node.getAttribute('type')?.toLowerCase() !== 'checkbox') return void node.remove();
    node.setAttribute('disabled', '');
  }
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
  const srcset = node.getAttribute('srcset');
  if (srcset !== null) node.setAttribute('srcset', resolveSrcset(srcset));
});

/** Sanitized HTML of one slide or notes block, with relative URLs resolved against the deck's own URL. */
export function sanitize(html: string, options: SanitizeOptions): string {
  current = options;
  try {
    return purify.sanitize(html, {
      FORBID_TAGS: options.styles ? FORBID_TAGS : [...FORBID_TAGS, 'style'],
      FORBID_ATTR,
      ADD_ATTR,
      ALLOW_DATA_ATTR: false,
      // Else a <style> at the very start of a slide is parsed into <head> and lost.
      FORCE_BODY: true,
    });
  } finally {
    current = { deckUrl: '', styles: false };
  }
}

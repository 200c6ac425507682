import { describe, expect, it } from 'vitest';
import { sanitize } from './sanitize';

const DECK = 'https://talks.example/2026/slides.md';
/** Sanitizes, then parses the result, so assertions read the DOM the slide would get. */
function clean(html: string, styles = true): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = sanitize(html, { deckUrl: DECK, styles });
  return box;
}

describe('sanitize: nothing from a deck runs', () => {
  it.each([
    ['a script element', '<p>a</p><script>window.__pwned = 1</script>'],
    ['an event handler', '<img src="x.png" onerror="window.__pwned = 1">'],
    ['an SVG onload', '<svg onload="window.__pwned = 1"><circle r="2"></circle></svg>'],
    ['a details ontoggle', '<details open ontoggle="window.__pwned = 1"><summary>s</summary></details>'],
    ['an iframe', '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>'],
    ['a form', '<form action="javascript:alert(1)"><button>go</button></form>'],
    ['a base element', '<base href="https://evil.example/">'],
  ])('drops %s', (_, html) => {
    const box = clean(html);
    expect(box.querySelector('script, iframe, form, base, button')).toBeNull();
    for (const element of box.querySelectorAll('*')) {
      expect(element.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([]);
    }
  });

  it.each([
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<img src="javascript:alert(1)">',
  ])('removes the javascript: URL of %s', (html) => {
    const box = clean(html);
    for (const element of box.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) expect(element.getAttribute(name)).not.toMatch(/^\s*javascript:/i);
    }
  });
});

describe('sanitize: links and images', () => {
  it('resolves relative images and links against the deck, not the page', () => {
    const box = clean('<img src="images/a.png" alt="a"><a href="../notes.html">n</a><video poster="p.jpg"></video>');
    expect(box.querySelector('img')?.getAttribute('src')).toBe('https://talks.example/2026/images/a.png');
    expect(box.querySelector('a')?.getAttribute('href')).toBe('https://talks.example/notes.html');
    expect(box.querySelector('video')?.getAttribute('poster')).toBe('https://talks.example/2026/p.jpg');
  });

  it('keeps data: images as they are', () => {
    const src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    expect(clean(`<img src="${src}" alt="dot">`).querySelector('img')?.getAttribute('src')).toBe(src);
  });

  it.each([
    ['an HTML link', '<a href="https://example.org/">x</a>', 'a'],
    ['a relative link', '<a href="more.md">x</a>', 'a'],
    ['an SVG href link', '<svg><a href="https://example.org/"><text>x</text></a></svg>', 'a'],
    ['an SVG xlink:href link', '<svg><a xlink:href="https://example.org/"><text>x</text></a></svg>', 'a'],
    ['an image-map area', '<map name="m"><area href="https://example.org/" alt="x"></map>', 'area'],
    ['a link that asked for its own target', '<a href="https://example.org/" target="_self" rel="opener">x</a>', 'a'],
  ])('opens %s in a new tab, with no opener', (_, html, tag) => {
    const link = clean(html).querySelector(tag);
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('leaves in-deck #links in the page, and drops a bare # that would mean slide 1', () => {
    const box = clean('<a href="#intro">in deck</a><a href="#">bare</a>');
    const [inDeck, bare] = box.querySelectorAll('a');
    expect(inDeck?.getAttribute('href')).toBe('#intro');
    expect(inDeck?.hasAttribute('target')).toBe(false);
    expect(bare?.hasAttribute('href')).toBe(false);
  });

  it('keeps what slides are made of: headings, lists, tables, code, task-list checkboxes', () => {
    const html =
      '<h2 id="x">T</h2><ul><li><input checked="" disabled="" type="checkbox"> done</li></ul>' +
      '<table><tbody><tr><td>1</td></tr></tbody></table><pre class="language-js"><code><span class="token keyword">const</span></code></pre>';
    expect(sanitize(html, { deckUrl: DECK, styles: true })).toBe(html);
  });
});

describe('sanitize: what a deck may not bring', () => {
  it.each([
    'form', 'button', 'textarea', 'select', 'option', 'slot', 'base', 'meta', 'link', 'iframe', 'frame', 'object', 'embed',
  ])('drops <%s>', (tag) => {
    const box = clean(`<p>before</p><${tag} id="x" href="https://x.invalid/" src="https://x.invalid/" data="https://x.invalid/">inner</${tag}><p>after</p>`);
    expect(box.querySelector(tag)).toBeNull();
    expect(box.querySelector('#x')).toBeNull();
    expect(box.textContent).toContain('after');
  });

  it.each(['lectern-slide', 'lectern-app', 'my-widget'])('drops the custom element <%s>, keeping its text', (tag) => {
    const box = clean(`<${tag} current>kept text</${tag}>`);
    expect(box.querySelector(tag)).toBeNull();
    expect(box.textContent).toBe('kept text');
  });

  it('keeps an input only as a disabled checkbox, as task lists have it', () => {
    const box = clean('<input type="checkbox" checked><input type="text" value="x"><input type="submit"><input>');
    const inputs = box.querySelectorAll('input');
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.type).toBe('checkbox');
    expect(inputs[0]?.disabled).toBe(true);
  });

  it.each([
    ['target', '<a href="#intro" target="_top">x</a>'],
    ['rel', '<a href="#intro" rel="opener">x</a>'],
    ['ping', '<a href="https://example.org/" ping="https://x.invalid/">x</a>'],
    ['background', '<table background="https://x.invalid/bg.png"><tr><td>x</td></tr></table>'],
    ['autofocus', '<a href="#a" autofocus>x</a>'],
    ['contenteditable', '<p contenteditable>x</p>'],
    ['popover', '<div popover="manual" id="p">x</div>'],
  ])('never takes %s from the deck', (attr, html) => {
    const box = clean(html);
    const element = box.firstElementChild;
    expect(element?.tagName).toBeDefined();
    if (attr !== 'target' && attr !== 'rel') expect(element?.hasAttribute(attr)).toBe(false);
    else expect(element?.getAttribute(attr)).toBeNull();
  });

  it('resolves srcset candidates against the deck', () => {
    const img = clean('<img src="a.png" srcset="a.png 1x, images/b.png 2x" alt="a">').querySelector('img');
    expect(img?.getAttribute('srcset')).toBe('https://talks.example/2026/a.png 1x, https://talks.example/2026/images/b.png 2x');
  });
});

describe('sanitize: a slide\'s own <style>', () => {
  const css = (box: HTMLElement): string => box.querySelector('style')?.textContent ?? '';

  it('keeps ordinary rules, and @media, @supports and @keyframes with what is inside them', () => {
    const box = clean('<style>h2 { color: red; } @media (min-width: 1px) { p { margin: 0px; } } @keyframes k { from { opacity: 0; } }</style><h2>T</h2>');
    expect(css(box)).toContain('h2 { color: red; }');
    expect(css(box)).toMatch(/@media \(min-width: 1px\) \{\s*p \{ margin: 0px; \}\s*\}/);
    expect(css(box)).toContain('@keyframes k');
  });

  it.each([
    ['@import', '@import url("https://x.invalid/a.css"); h2 { color: red; }'],
    ['@import with a media list', '@import "https://x.invalid/b.css" screen; h2 { color: red; }'],
    ['@font-face', '@font-face { font-family: f; src: url(https://x.invalid/f.woff2); } h2 { color: red; }'],
    [':host', ':host { position: fixed; inset: 0; z-index: 99; } h2 { color: red; }'],
    [':host() inside @media', '@media all { :host(*) { visibility: visible !important; } } h2 { color: red; }'],
    ['::slotted', '::slotted(*) { color: blue; } h2 { color: red; }'],
    ['nested :host', 'h2 { color: red; & :host { color: blue; } }'],
    ['@scope (:host)', '@scope (:host) { :scope { position: fixed; inset: 0; } } h2 { color: red; }'],
    ['@scope to (:host)', '@scope (p) to (:host) { a { color: blue; } } h2 { color: red; }'],
  ])('removes %s and keeps the rest', (_, text) => {
    const kept = css(clean(`<style>${text}</style><h2>T</h2>`));
    expect(kept).toMatch(/h2 \{\s*color: red;/);
    expect(kept).not.toMatch(/@import|@font-face|:host|slotted|x\.invalid/);
  });

  it('keeps the rest of a sheet that declares a @namespace', () => {
    const kept = css(clean('<style>@namespace url(http://www.w3.org/1999/xhtml); h2 { color: red; } :host { color: blue; }</style><h2>T</h2>'));
    expect(kept).toMatch(/h2 \{\s*color: red;/);
    expect(kept).not.toContain(':host');
  });

  it('is dropped entirely where styles are off (notes, and decks from another origin)', () => {
    const box = clean('<style>h2 { color: red; }</style><h2 style="color: blue">T</h2>', false);
    expect(box.querySelector('style')).toBeNull();
    expect(box.querySelector('h2')?.textContent).toBe('T');
  });
});

import { describe, expect, it } from 'vitest';
import { sanitize } from './sanitize';

const DECK = 'https://talks.example/2026/slides.md';
/** Sanitizes, then parses the result, so assertions read the DOM the slide would get. */
function clean(html: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = sanitize(html, DECK);
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
    expect(box.querySelector('script, iframe, form, base')).toBeNull();
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
    expect(sanitize(html, DECK)).toBe(html);
  });
});

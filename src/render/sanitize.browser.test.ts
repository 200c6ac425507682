import { describe, expect, it } from 'vitest';
import { sanitize } from './sanitize';
import { sanitizeSvg } from './sanitize-svg';
import temml from 'temml';
import { typeset } from './typeset-math';

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

describe('sanitize: typeset math', () => {
  it.each([
    ['a fraction, powers and a root', String.raw`x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}`, true],
    ['sums, limits and accents', String.raw`\sum_{i=1}^{n} \hat{x}_i \overbrace{a+b}^{n} \lim_{k \to \infty}`, false],
    ['signs and brackets inside a row', String.raw`x = -1, f(-b) + c \left(\frac{1}{2}\right) - [-1, +1] \cdot \{\pm 2\}`, false],
    ['a matrix', String.raw`\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}`, true],
    ['aligned equations', String.raw`\begin{aligned} a &= b \\ c &= d \end{aligned}`, true],
    ['colour, text and a box', String.raw`\color{red} x \text{ if } \boxed{y} \sqrt[3]{z}`, false],
  ])('keeps the MathML of %s, laid out as temml made it', (_, tex, display) => {
    const made = document.createElement('div');
    made.innerHTML = temml.renderToString(tex, { displayMode: display });
    const kept = clean(typeset(tex, display));
    expect(kept.querySelector('math')?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    // In the same font: the slide's math font is a choice of Lectern's, not temml's.
    made.querySelector('math')?.setAttribute('style', kept.querySelector('math')?.getAttribute('style') ?? '');
    document.body.append(made, kept);
    const boxes = (box: HTMLElement) => [...box.querySelectorAll('*')].map((e) => [e.localName, Math.round(e.getBoundingClientRect().width)]);
    try {
      expect(made.querySelector('math')?.getBoundingClientRect().width).toBeGreaterThan(10);
      expect(boxes(kept)).toEqual(boxes(made));
    } finally {
      made.remove();
      kept.remove();
    }
  });
});

describe('sanitizeSvg: a drawn diagram keeps its picture, and nothing that runs or fetches', () => {
  const drawing = (svg: string): SVGSVGElement | null => {
    const box = document.createElement('div');
    box.innerHTML = sanitizeSvg(svg);
    return box.querySelector('svg');
  };

  it('keeps shapes, text, markers, ids and the scoped style of a Mermaid drawing', () => {
    const svg = drawing(
      '<svg id="d1" viewBox="0 0 100 50" role="graphics-document document" aria-roledescription="flowchart-v2" style="max-width: 100px;">' +
        '<style>#d1 .node rect{fill:#ececff;}</style><defs><marker id="d1-arrow"><path d="M0,0 L10,5 z"></path></marker></defs>' +
        '<g class="node"><rect width="40" height="20"></rect><text x="5" y="15"><tspan>Write the deck</tspan></text></g>' +
        '<path d="M40,10 L60,10" marker-end="url(#d1-arrow)"></path></svg>',
    );
    expect(svg?.getAttribute('viewBox')).toBe('0 0 100 50');
    expect(svg?.style.maxWidth).toBe('100px');
    expect(svg?.querySelector('text')?.textContent).toBe('Write the deck');
    expect(svg?.querySelector('marker')?.id).toBe('d1-arrow');
    expect(svg?.querySelector('path[marker-end]')?.getAttribute('marker-end')).toBe('url(#d1-arrow)');
    expect(svg?.querySelector('style')?.textContent).toContain('#d1 .node rect');
  });

  it('drops script, HTML in foreignObject, event handlers and javascript: links', () => {
    const svg = drawing(
      '<svg onload="window.__pwned = 1"><script>window.__pwned = 2</script>' +
        '<foreignObject><div><img src="x" onerror="window.__pwned = 3">label</div></foreignObject>' +
        '<a href="javascript:window.__pwned = 4"><text onclick="window.__pwned = 5">click</text></a>' +
        '<animate attributeName="href" to="javascript:alert(1)"></animate><set attributeName="onmouseover" to="alert(1)"></set></svg>',
    );
    expect(svg?.querySelector('script, foreignObject, img, div, animate, set')).toBeNull();
    for (const element of [svg, ...(svg?.querySelectorAll('*') ?? [])]) {
      for (const name of element?.getAttributeNames() ?? []) {
        expect(name.startsWith('on')).toBe(false);
        expect(element?.getAttribute(name)).not.toMatch(/^\s*javascript:/i);
      }
    }
  });

  it('keeps a link, opening in a new tab, and removes what a slide forbids', () => {
    const svg = drawing('<svg><a href="https://example.org/" target="_top" ping="https://tracker.example/"><text>site</text></a><a href="#"><text>top</text></a></svg>');
    const [out, bare] = svg?.querySelectorAll('a') ?? [];
    expect(out?.getAttribute('target')).toBe('_blank');
    expect(out?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(out?.hasAttribute('ping')).toBe(false);
    expect(bare?.hasAttribute('href')).toBe(false);
  });

  it('cleans the drawing\'s style as a slide\'s: no @import, nothing aimed at the slide itself', () => {
    const style = drawing('<svg><style>@import url(https://evil.example/x.css); :host { display: none } #d1 text { fill: red }</style></svg>')?.querySelector('style')?.textContent ?? '';
    expect(style).not.toContain('@import');
    expect(style).not.toContain(':host');
    expect(style).toContain('#d1 text');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import specText from 'commonmark-spec/spec.txt?raw';
import { parseDeck } from '../deck/parse-deck';
import { MarkdownRenderer } from './markdown-renderer';
import { SlideRenderer, type SlidePart } from './render-slide';

/** The spec's examples: Markdown, then a `.` line, then the HTML; `→` stands for a tab. */
const examples = Array.from(
  specText.matchAll(/^`{32} example\n([\s\S]*?)^\.\n[\s\S]*?^`{32}$/gm),
  (match, i) => ({ number: i + 1, markdown: (match[1] ?? '').replace(/→/g, '\t') }),
);

/** Examples of what GFM adds to CommonMark: tables, strikethrough, task lists, autolinks, filtered tags. */
const GFM = [
  '| a | b |\n| --- | :-: |\n| `x` | **y** |\n| 1 |',
  '| a |\n| - |\n| <script>x</script> |',
  '~~gone~~ and ~one~',
  '- [ ] todo\n- [x] done\n  - [x] nested',
  'www.example.com/path?x=1, https://example.com/a_(b) and hello@example.com',
  'javascript:alert(1) and <javascript:alert(1)>',
  '<title>t</title> <textarea>x</textarea> <style>p{}</style> <xmp>x</xmp> <iframe src="x"></iframe> <noembed>x</noembed> <noframes>x</noframes> <plaintext>x',
  '| a | b |\n|---|---|\n' + '| c | d |\n'.repeat(50),
];

const PARTS: SlidePart[] = ['slide', 'notes', 'inlineNotes'];

/** Everything a deck's text becomes, every part of every slide, as the page would hold it. */
async function renderAll(source: string, markdown: MarkdownRenderer): Promise<HTMLElement[]> {
  const deck = parseDeck(source);
  const slides = new SlideRenderer(deck, `${location.origin}/deck/slides.md`, markdown, true);
  const html = await Promise.all(deck.slides.flatMap((_, i) => PARTS.map((part) => slides.render(i, part))));
  return html.map((h) => {
    expect(h).not.toMatch(/<script/i);
    return Object.assign(document.createElement('div'), { innerHTML: h });
  });
}

/** Nothing that could run: no script element, no on* attribute, no javascript: or data:text/html URL. */
function expectInert(boxes: HTMLElement[]): void {
  for (const box of boxes) {
    expect(box.querySelector('script, iframe, object, embed, form')).toBeNull();
    for (const element of box.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) {
        expect(name).not.toMatch(/^on/i);
        expect(element.getAttribute(name) ?? '').not.toMatch(/^\s*(javascript|vbscript|data:text\/html)/i);
      }
    }
  }
}

describe('the whole pipeline (parse, marked, Prism, DOMPurify) on the spec examples', () => {
  const markdown = new MarkdownRenderer();

  it(`reads ${examples.length} CommonMark examples`, () => {
    expect(examples.length).toBeGreaterThan(600);
  });

  it('renders every CommonMark example without a failure card, and nothing in them can run', async () => {
    for (const { number, markdown: source } of examples) {
      const boxes = await renderAll(source, markdown);
      expect(boxes.some((box) => box.querySelector('.render-failure')), `example ${number}`).toBe(false);
      expectInert(boxes);
    }
  });

  it.each(GFM)('renders the GFM example %j, inert', async (source) => {
    const boxes = await renderAll(source, markdown);
    expect(boxes.some((box) => box.querySelector('.render-failure'))).toBe(false);
    expectInert(boxes);
  });
});

describe('the whole pipeline on arbitrary input', () => {
  const markdown = new MarkdownRenderer();
  const hostile = fc.constantFrom(
    '<script>', '</script>', '<img src=x onerror=alert(1)>', 'javascript:', '[a](javascript:x)', '<svg onload=x>', '<a href="', '">',
    '<style>', '@import url(x);', '---', '```', '<!--', '-->', '> ', '- ', '*', '_', '[', ']', '(', ')', '\n', '\n\n', '<', '&',
    '\r\n', '\r', '\t', '\u0000', '\uD800', '\uDC00', '\u2028', '\uFEFF', '[//]: # (', '```js\n',
  );
  const text = fc.array(fc.oneof(hostile, fc.string({ maxLength: 10 })), { maxLength: 60 }).map((parts) => parts.join(''));

  it('never throws and never outputs anything that could run', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (source) => expectInert(await renderAll(source, markdown))),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it, vi } from 'vitest';
import { parseDeck } from '../deck/parse-deck';
import { HIGHLIGHT_CAP, SLIDE_SOURCE_CAP } from './limits';
import { MarkdownRenderer } from './markdown-renderer';
import { RENDERED_CAP, SlideRenderer } from './render-slide';

const DECK_URL = `${location.origin}/decks/slides.md`;
const renderer = (source: string, options: { styles?: boolean } = {}) =>
  new SlideRenderer(parseDeck(source), DECK_URL, new MarkdownRenderer(), options.styles ?? true);
/** Parses rendered HTML the way a slide would hold it. */
const dom = (html: string): HTMLElement => Object.assign(document.createElement('div'), { innerHTML: html });

describe('SlideRenderer: pathological slides keep what can be shown', () => {
  it('shows the heading and the text of a slide with 5,000 nested >', async () => {
    const html = await renderer(`# Deep quote\n\n${'>'.repeat(5000)} quoted text`).render(0);
    expect(dom(html).querySelector('h1')?.textContent).toBe('Deep quote');
    expect(dom(html).textContent).toContain('quoted text');
  });

  it('gives up on a slide that never finishes, with a card, and goes on rendering the next in a new worker', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const stalling = () => new Worker(new URL('../test/stalling-render-worker.ts', import.meta.url), { type: 'module' });
    const slides = new SlideRenderer(parseDeck('# Stuck\n\nSTALL\n---\n# Fine\n\ntext'), DECK_URL, new MarkdownRenderer(300, stalling), true);
    const stuck = dom(await slides.render(0));
    expect(stuck.querySelector('[role=alert]')?.textContent).toMatch(/Slide 1 \(Stuck\) could not be shown:.*more than 0\.3 seconds/);
    expect(dom(await slides.render(1)).querySelector('h1')?.textContent).toBe('Fine');
    // Asked for again, it is tried once more (a cold start may have been to blame), then left as a card.
    expect(slides.needs(0)).toBe(true);
    expect(dom(await slides.render(0)).querySelector('[role=alert]')).not.toBeNull();
    expect(slides.needs(0)).toBe(false);
    expect(slides.needs(1)).toBe(false);
    vi.restoreAllMocks();
  });

  it('shows a card for a slide over the size cap, naming its size and the cap', async () => {
    const html = await renderer(`# Huge\n\n${'x '.repeat(SLIDE_SOURCE_CAP)}`).render(0);
    expect(dom(html).querySelector('[role=alert]')?.textContent).toMatch(/Slide 1 \(Huge\) is too large to show:.*256 KB.*128 KB/);
  });

  it('highlights code up to the highlight cap, and shows a bigger block plain', async () => {
    const small = dom(await renderer('```js\nconst a = 1;\n```').render(0));
    expect(small.querySelector('.token.keyword')?.textContent).toBe('const');
    const big = 'const a = 1;\n'.repeat(Math.ceil(HIGHLIGHT_CAP / 13) + 1);
    const plain = dom(await renderer(`\`\`\`js\n${big}\`\`\``).render(0));
    expect(plain.querySelector('.token')).toBeNull();
    expect(plain.querySelector('code')?.textContent).toBe(big.trimEnd());
  });

  it.each(['__proto__', 'constructor', 'extend', 'hasOwnProperty', 'toString', 'no-such-language'])(
    'shows code in language %j plain, without throwing',
    async (lang) => {
      const code = dom(await renderer(`\`\`\`${lang}\nlet x = "<b>";\n\`\`\``).render(0)).querySelector('code');
      expect(code?.textContent).toBe('let x = "<b>";');
      expect(code?.querySelector('b, .token')).toBeNull();
    },
  );

  it.each([['JS'], ['sh'], ['py'], ['yml']])('highlights the alias %s', async (lang) => {
    const code = { JS: 'const a = 1;', sh: 'echo "hi"', py: 'def f(): pass', yml: 'key: value' }[lang] ?? '';
    const html = await renderer(`\`\`\`${lang}\n${code}\n\`\`\``).render(0);
    expect(dom(html).querySelector('.token')).not.toBeNull();
  });
});

describe('SlideRenderer: a slide\'s <style>', () => {
  const source = '# Styled\n\n<style>h1 { color: rgb(1, 2, 3); }</style>\n\n???\n\nnotes <style>h2 { color: red; }</style>';

  it('is kept on the slide for a deck from the site itself, never in its notes', async () => {
    const slides = renderer(source);
    expect(dom(await slides.render(0)).querySelector('style')?.textContent).toContain('rgb(1, 2, 3)');
    expect(dom(await slides.render(0, 'notes')).querySelector('style')).toBeNull();
  });

  it('is dropped for a deck from another origin', async () => {
    expect(dom(await renderer(source, { styles: false }).render(0)).querySelector('style')).toBeNull();
  });
});

describe('SlideRenderer: memory', () => {
  it(`keeps the ${RENDERED_CAP} most recently used renders, and renders a forgotten slide again when asked`, async () => {
    const count = RENDERED_CAP + 10;
    const slides = renderer(Array.from({ length: count }, (_, i) => `# Slide ${i + 1}`).join('\n---\n'));
    for (let i = 0; i < count; i++) await slides.render(i);
    expect(slides.needs(0)).toBe(true);
    expect(slides.peek(9)).toBeUndefined();
    expect(slides.needs(10)).toBe(false);
    expect(slides.peek(count - 1)).toContain('Slide ' + count);
    expect(dom(await slides.render(0)).querySelector('h1')?.textContent).toBe('Slide 1');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { parseDeck } from '../deck/parse-deck';
import { MarkdownRenderer } from '../render/markdown-renderer';
import { SlideRenderer } from '../render/render-slide';
import { carryOver, renderAgain } from './carry-over';

const DECK_URL = `${location.origin}/decks/slides.md`;
const dom = (html: string): HTMLElement => Object.assign(document.createElement('div'), { innerHTML: html });

describe('carryOver: a deck saved again', () => {
  it('keeps what it rendered of unchanged slides, wherever they moved, and renders the changed ones', async () => {
    const markdown = new MarkdownRenderer();
    const before = new SlideRenderer(parseDeck('# One\n---\n# Two\n---\n# Three'), DECK_URL, markdown, true);
    await Promise.all([0, 1, 2].map((i) => before.render(i)));
    const after = new SlideRenderer(parseDeck('# New\n---\n# One\n---\n# Two, edited\n---\n# Three'), DECK_URL, markdown, true);
    carryOver(before, after);
    expect([0, 1, 2, 3].map((i) => after.needs(i))).toEqual([true, false, true, false]);
    expect(dom(after.peek(1) ?? '').querySelector('h1')?.textContent).toBe('One');
    expect(dom(after.peek(3) ?? '').querySelector('h1')?.textContent).toBe('Three');
  });

  it('renders every slide again when the link definitions changed', async () => {
    const markdown = new MarkdownRenderer();
    const before = new SlideRenderer(parseDeck('# One [x]\n---\n[x]: https://a.example/'), DECK_URL, markdown, true);
    await before.render(0);
    const after = new SlideRenderer(parseDeck('# One [x]\n---\n[x]: https://b.example/'), DECK_URL, markdown, true);
    carryOver(before, after);
    expect(after.needs(0)).toBe(true);
  });
});

describe('carryOver: a deck saved while slides are still rendering', () => {
  it('takes over the renders under way instead of starting them again', async () => {
    const markdown = new MarkdownRenderer();
    const render = vi.spyOn(markdown, 'render');
    const before = new SlideRenderer(parseDeck('# One\n---\n# Two'), DECK_URL, markdown, true);
    const running = before.render(1);
    const after = new SlideRenderer(parseDeck('# One, edited\n---\n# Two'), DECK_URL, markdown, true);
    carryOver(before, after);
    expect(after.needs(1)).toBe(false);
    expect(dom(await after.render(1)).querySelector('h1')?.textContent).toBe('Two');
    await running;
    expect(render).toHaveBeenCalledTimes(1);
    expect(after.peek(1)).toBe(await running);
    render.mockRestore();
  });
});

describe('renderAgain: a file the deck shows was saved', () => {
  it('renders again the slides that show it, and only those, keeping their HTML meanwhile', async () => {
    const markdown = new MarkdownRenderer();
    const slides = new SlideRenderer(parseDeck('# One\n\n![a](a.png)\n---\n# Two'), DECK_URL, markdown, true);
    await Promise.all([slides.render(0), slides.render(1)]);
    const render = vi.spyOn(markdown, 'render');
    const again = renderAgain(slides, `${location.origin}/decks/a.png`);
    expect(slides.needs(0)).toBe(false);
    await again;
    expect(render).toHaveBeenCalledTimes(1);
    expect(render.mock.calls[0]?.[0]).toContain('# One');
    render.mockRestore();
  });
});

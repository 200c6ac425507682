import { describe, expect, it } from 'vitest';
import seed from '../../e2e/fixtures/seed-deck/slides.md?raw';
import { generateDeck } from '../../bench/generate-deck.mjs';
import { measureDeck } from './measure-deck';

const SEED_URL = `${location.origin}/e2e/fixtures/seed-deck/slides.md`;

/** Slides of varied size, plain Markdown and raw HTML, some of which shrink a little, some a lot. */
const MIXED = [
  // A title slide has larger headings than the others: this one shrinks more than it would as slide 2.
  Array.from({ length: 12 }, (_, i) => `# Part ${i}`).join('\n\n'),
  generateDeck(3),
  `## Many\n\n${Array.from({ length: 26 }, (_, i) => `- point ${i}`).join('\n')}`,
  `## Huge\n\n${Array.from({ length: 60 }, (_, i) => `- point ${i} with a line long enough to wrap at some widths, so the fit reflows it`).join('\n')}`,
  '<div style="height: 1400px">tall block</div>',
  '```\n' + 'x'.repeat(300) + '\n```',
].join('\n\n---\n\n');

describe('measureDeck: the one-layout screen agrees with <lectern-slide> itself', () => {
  it.each([
    ['the seed deck', seed, SEED_URL],
    ['slides of every size', MIXED, `${location.origin}/decks/mixed.md`],
  ])('%s', async (_, source, deckUrl) => {
    const count = source.split(/\n---[ \t]*\n/).length;
    const request = { source, deckUrl, from: 0, to: count + 10 };
    const exact = await measureDeck({ ...request, below: 1, exact: true }, () => undefined);
    expect(exact.length).toBeGreaterThan(0);
    for (let below = 1; below > 0.25; below -= 0.05) {
      const screened = await measureDeck({ ...request, below }, () => undefined);
      expect(screened, `below ${below}`).toEqual(exact.filter((s) => s.scale < below));
    }
  });

  it('measures a code walk as the talk shows it: scrolling in its box, the slide not shrunk', async () => {
    const code = Array.from({ length: 40 }, (_, i) => `const line${i} = ${i};`).join('\n');
    const source = `# Walk\n\n\`\`\`js {1-2|38-40}\n${code}\n\`\`\`\n\n---\n\n# Plain\n\n\`\`\`js\n${code}\n\`\`\``;
    const shrunk = await measureDeck({ source, deckUrl: `${location.origin}/decks/walk.md`, below: 0.6, from: 0, to: 2 }, () => undefined);
    expect(shrunk.map((s) => s.index)).toEqual([1]);
  });

  it('measures only the slides asked for, and says how far it is', async () => {
    const done: number[] = [];
    const shrunk = await measureDeck({ source: MIXED, deckUrl: `${location.origin}/decks/mixed.md`, below: 0.6, from: 3, to: 6 }, (n) => done.push(n));
    expect(shrunk.map((s) => s.index)).toEqual(shrunk.map((s) => s.index).filter((i) => i >= 3 && i < 6));
    expect(shrunk.length).toBeGreaterThan(0);
    expect(done).toEqual([3]);
  });
});

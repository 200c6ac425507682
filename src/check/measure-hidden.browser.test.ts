import { describe, expect, it } from 'vitest';
import { deckLines } from './deck-lines';
import { measureDeck } from './measure-deck';
import { shrunkFinding } from './shrunk';

const huge = (name: string): string => `## ${name}\n\n${Array.from({ length: 40 }, (_, i) => `- point ${i}`).join('\n')}`;

describe('measureDeck with hidden slides', () => {
  it('measures the slides the talk shows, numbered as npm run check numbers their lines', async () => {
    // Line 5 opens the hidden slide, line 49 the shown one that shrinks.
    const source = ['# Small', '', '---', '', `<!-- .slide: data-visibility="hidden" -->\n${huge('Hidden')}`, '', '---', '', huge('Shown'), ''].join('\n');
    const lines = deckLines(source);
    const count = lines.slides.length;
    expect(count).toBe(2);
    const shrunk = await measureDeck({ source, deckUrl: `${location.origin}/decks/hidden.md`, below: 0.6, from: 0, to: count }, () => undefined);
    expect(shrunk.map((s) => s.index)).toEqual([1]);
    const finding = shrunkFinding(lines, shrunk[0] ?? { index: -1, scale: 1 });
    expect(source.split('\n')[finding.line - 1]).toBe('## Shown');
    expect(finding.message).toMatch(/^slide 2 is shrunk/);
  });
});

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDeck, slideLine } from './check-deck';
import { deckLines, slideAtLine } from './deck-lines';
import { diskFiles } from './disk-files';
import { shrunkFinding } from './shrunk';

const files = diskFiles(join(import.meta.dirname, '../../e2e/fixtures/check/deck.md'));

/** Lines 1-2 slide 1; 4-6 hidden; 8-9 empty slide 2 of the talk; 11-13 slide 3. */
const SOURCE = ['# One', '', '---', 'exclude: true', '# Hidden', '', '---', '', '', '---', '', '# Three', '[back](#/one)'].join('\n');

describe('npm run check counts slides as the talk does, hidden ones left out', () => {
  it('names the slide after a hidden one by its number in the talk', () => {
    expect(checkDeck(SOURCE, files).map((f) => `${f.line}: ${f.message}`)).toEqual(['7: slide 2 is empty (lines 7-10)']);
  });

  it('maps a measured slide to its own lines, not to the hidden slide before it', () => {
    const lines = deckLines(SOURCE);
    expect(lines.slides).toHaveLength(3);
    expect(slideLine(lines, 2)).toBe(12);
    expect(shrunkFinding(lines, { index: 2, scale: 0.5 })).toMatchObject({ line: 12, message: expect.stringMatching(/^slide 3 is shrunk/) });
  });

  it('gives a line of a hidden slide the number of the slide before it, and the lines after their own', () => {
    const lines = deckLines(SOURCE);
    expect([1, 5, 11, 12].map((line) => slideAtLine(lines, line))).toEqual([1, 1, 3, 3]);
  });

  it('takes slide ids as link targets and not the headings of hidden slides', () => {
    const deck = ['# One', '[plan](#/plan) [agenda](#agenda) [gone](#/hidden)', '---', '<!-- .slide: id="plan" -->', '# Two', '---', 'name: agenda', '# Three', '---', 'exclude: true', '# Hidden'];
    expect(checkDeck(deck.join('\n'), files).map((f) => f.message)).toEqual(['no heading with id "hidden" (link #/hidden)']);
  });
});

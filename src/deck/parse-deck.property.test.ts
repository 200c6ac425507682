import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck';

/** Text made of what decks are made of, so separators, fences, comments and notes meet often. */
const deckish = fc
  .array(
    fc.oneof(
      fc.constantFrom('---', '```', '~~~', '<!--', '-->', '???', 'Note:', '# ', '> ', '- ', '[//]: # (', ')', '\t', '    ', '===', '\u0000', '\uD800', '\u2028', '\uFEFF', '.notes: '),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))
  .chain((text) => fc.constant(text));
const lines = fc.array(deckish, { maxLength: 30 });

describe('parseDeck on arbitrary input', () => {
  it('never throws, and every slide has an index, Markdown and a title', () => {
    fc.assert(
      fc.property(fc.oneof(deckish, fc.string(), lines.map((l) => l.join('\n'))), (source) => {
        const deck = parseDeck(source);
        deck.slides.forEach((slide, i) => {
          expect(slide.index).toBe(i);
          expect(typeof slide.markdown).toBe('string');
          expect(typeof slide.title).toBe('string');
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same slides for CRLF, lone CR and LF line endings, and with leading BOMs', () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 0, max: 3 }), (parts, boms) => {
        const clean = parts.map((l) => l.replace(/[\r\n\uFEFF]/g, '')).join('\n');
        const expected = parseDeck(clean);
        for (const variant of [clean.replace(/\n/g, '\r\n'), clean.replace(/\n/g, '\r'), '\uFEFF'.repeat(boms) + clean]) {
          expect(parseDeck(variant).slides).toEqual(expected.slides);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('odd characters in a deck', () => {
  const clean = '# One\n\ntext here\n\n---\n\n## Two\n\n- a\n- b\n\n???\nnotes\n\n---\n\n# Three';
  it.each([
    ['tabs', '\t'],
    ['NUL', '\u0000'],
    ['a lone surrogate', '\uD800'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])('%s inside lines give the same slides, notes and titles', (_, char) => {
    const odd = clean.replace(/text here|- b|notes/g, (text) => `${text}${char}`);
    const shape = (source: string) =>
      parseDeck(source).slides.map((s) => ({ title: s.title.replace(/[^\w ]/g, ''), notes: s.notes !== '', lines: s.markdown.split('\n').length }));
    expect(shape(odd)).toEqual(shape(clean));
  });
});

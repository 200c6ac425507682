import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../deck/parse-deck';
import { checkDeck, slideLine } from './check-deck';
import { deckLines, slideAtLine } from './deck-lines';
import { diskFiles } from './disk-files';

// The decks are checked against the real files beside the fixtures (e2e/fixtures/check/images/chart.png).
const FIXTURES = join(import.meta.dirname, '../../e2e/fixtures/check');
const files = diskFiles(join(FIXTURES, 'deck.md'));
const check = (...lines: string[]): string[] => checkDeck(lines.join('\n'), files).map((f) => `${f.line}: ${f.level}: ${f.message}`);

describe('checkDeck: errors', () => {
  it('names images that do not exist, and accepts those that do', () => {
    expect(check('# A', '', '![ok](images/chart.png)', '![gone](images/gone.png)', '<img src="images/also-gone.png">')).toEqual([
      '4: error: image not found: images/gone.png',
      '5: error: image not found: images/also-gone.png',
    ]);
  });

  it('names local links that do not exist, and leaves remote and site-root links alone', () => {
    expect(check('[a](images/chart.png) [b](images/) [c](nope.html#x)', '', '[d](https://example.com/nope) [e](/anywhere) [f](mailto:a@b.c)')).toEqual([
      '1: error: link target not found: nope.html#x',
    ]);
  });

  it('reads reference definitions and encoded paths', () => {
    expect(check('![a][pic] ![b](images/chart%2Epng)', '', '[pic]: images/missing%20one.png')).toEqual(['3: error: image not found: images/missing%20one.png']);
  });

  it('names code languages the app does not know, in fences and Landslide markers', () => {
    expect(check('```pyhton', 'x', '```', '', '```{.python}', 'x', '```', '', '```text', 'plain', '```', '', 'Para.', '', '    !bsh', '    ls')).toEqual([
      '1: error: unknown code language "pyhton"',
      '15: error: unknown code language "bsh"',
    ]);
  });

  it('only warns of a language named by a kept shebang: the code shows, plain', () => {
    expect(check('Para.', '', '    #!/usr/bin/perl', '    print 1;', '', 'Para.', '', '    #!/bin/bash', '    ls')).toEqual([
      '3: warning: no highlighting for "perl" (named by the shebang): the code shows plain',
    ]);
  });

  it('names in-deck links to no heading, or past the last slide', () => {
    expect(check('# Intro', '', '[a](#intro) [b](#/2) [c](#outro) [d](#/9) [e](#slide2)', '', '---', '', '## 2024', '', '[f](#2024) [g](#/2024)')).toEqual([
      '3: error: no heading with id "outro" (link #outro)',
      '3: error: link #/9 goes to slide 9, but the deck has 2 slides',
      '9: error: link #/2024 goes to slide 2024, but the deck has 2 slides',
    ]);
  });

  it('names ?src= decks that are not files', () => {
    expect(check('[a](../../?src=fixtures/check/images/chart.png) [b](../../?src=fixtures/check/nope.md)', '[c](./?src=images/) [d](?src=x.md) [e](../?src=https://example.com/d.md)')).toEqual([
      '1: error: ?src= deck not found: fixtures/check/nope.md',
      '2: error: ?src= deck not found: images/',
      "2: error: ?src= link opens this deck's own file, not Lectern: give the page's address first (such as ../?src=x.md)",
    ]);
  });

  it('never looks inside code', () => {
    expect(check('`![x](gone.png)`', '', '```md', '![x](gone.png) [y](#nowhere)', '```')).toEqual([]);
  });
});

describe('checkDeck: warnings', () => {
  it('points at empty slides and slides with notes only', () => {
    expect(check('# One', '---', '', '---', '???', 'Just notes', '---', '# Four')).toEqual([
      '2: warning: slide 2 is empty (lines 2-4)',
      '4: warning: slide 3 has speaker notes only (lines 4-7)',
    ]);
  });

  it('points at notes markers that will show on the slide', () => {
    expect(check('# A', '', 'Notes', 'say hi', '', 'note :', '', '??', '', 'Notes', '-----', '', 'Notes: real ones')).toEqual([
      '3: warning: "Notes" is shown on the slide; write "Notes:" to start speaker notes',
      '6: warning: "note :" is shown on the slide; write "note:" to start speaker notes',
      '8: warning: "??" is shown on the slide; the notes marker is "???"',
    ]);
  });

  it('points at a fence closed by the wrong fence, once', () => {
    expect(check('````js', 'a', '```', '', '---', '', '~~~', 'b', '```', 'c', '~~~', '', '```', 'x')).toEqual([
      '3: warning: "```" does not close the ```` fence opened on line 1; the code runs on to the next ---',
      '13: warning: code fence ``` is never closed; it ends at the next --- line.',
    ]);
  });
});

describe('deckLines', () => {
  const decks = [
    ...readdirSync(join(import.meta.dirname, '../deck/fixtures')).filter((f) => f.endsWith('.md')).map((f) => join(import.meta.dirname, '../deck/fixtures', f)),
    join(import.meta.dirname, '../../e2e/fixtures/seed-deck/slides.md'),
  ];

  it.each(decks)('finds the slides parseDeck finds: %s', (path) => {
    const source = readFileSync(path, 'utf8');
    const lines = deckLines(source);
    const deck = parseDeck(source);
    expect(lines.slides.length).toBe(deck.slides.length);
    deck.slides.forEach((slide, i) => {
      const first = slide.markdown.split('\n').find((l) => l.trim() !== '');
      if (first !== undefined && slide.title !== '') expect(lines.lines[slideLine(lines, i) - 1]?.trim()).toBe(first.trim());
    });
  });

  it('tells which slide a line is on; a --- line is on the slide it opens', () => {
    const lines = deckLines(['---', 'title: T', '---', '# One', 'text', '---', '# Two', '', '---', '# Three'].join('\n'));
    expect([1, 4, 5, 6, 7, 8, 9, 10].map((line) => slideAtLine(lines, line))).toEqual([1, 1, 1, 2, 2, 2, 3, 3]);
  });

  it('finds the seed deck clean', () => {
    const path = join(import.meta.dirname, '../../e2e/fixtures/seed-deck/slides.md');
    expect(checkDeck(readFileSync(path, 'utf8'), diskFiles(path))).toEqual([]);
  });
});

describe('checkDeck: Slidev imports', () => {
  it('names an imported file that is not there, on its src: line, and calls no importing slide empty', () => {
    // Only Markdown is imported: the slide under `src: ./images/chart.png` is an empty slide of its own.
    expect(check('# A', '', '---', 'src: ./images/chart.png', '---', '', '---', 'src: ./parts/gone.md#2', '---', '', '---', '', '# B')).toEqual([
      '5: warning: slide 2 is empty (lines 5-7)',
      '8: error: imported file not found: ./parts/gone.md',
    ]);
  });
});

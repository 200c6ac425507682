import { describe, expect, it } from 'vitest';
import { remarkSource } from './remark-source';
import { MAY_BE_REMARK_SOURCE } from './remark-source-hint';

const lineCount = (text: string): number => text.split('\n').length;

describe('remark source rewrite', () => {
  it('makes <!-- break --> on its own line a separator, not inside a fence', () => {
    const source = '# One\n<!-- break -->\n# Two\n```\n<!-- break -->\n```';
    expect(remarkSource(source)).toBe('# One\n---\n# Two\n```\n<!-- break -->\n```');
  });

  it('de-indents a deck indented as a whole, as copied out of a textarea', () => {
    const source = '\n    class: center, middle\n\n    # Title\n\n    ---\n\n    # Two\n        code\n  ';
    expect(remarkSource(source)).toBe('\nclass: center, middle\n\n# Title\n\n---\n\n# Two\n    code\n');
  });

  it('leaves a deck alone whose first line only is indented code', () => {
    const source = '    code first\n\n# Title\n';
    expect(remarkSource(source)).toBe(source);
  });

  it('keeps a --- inside a content-class block on the slide, one line for one', () => {
    const source = '.left-column[\n## A\n---\n## B\n]\n---\n# Next';
    const out = remarkSource(source);
    expect(out).toBe('.left-column[\n## A\n----\n## B\n]\n---\n# Next');
    expect(lineCount(out)).toBe(lineCount(source));
  });

  it('reads #Title as a heading in a remark deck, as remark does, and nowhere else', () => {
    const remark = 'class: center, middle\n#remark\n#### #2 stays\n```\n#not\n```\n???\nNotes';
    expect(remarkSource(remark)).toBe('class: center, middle\n# remark\n#### #2 stays\n```\n#not\n```\n???\nNotes');
    expect(remarkSource('#hashtag\n\nText')).toBe('#hashtag\n\nText');
  });

  it('is hinted by each case, and not by a plain deck', () => {
    expect(MAY_BE_REMARK_SOURCE.test('# a\n<!-- break -->\n')).toBe(true);
    expect(MAY_BE_REMARK_SOURCE.test('class: x\n#Title')).toBe(true);
    expect(MAY_BE_REMARK_SOURCE.test('\n  # a\n')).toBe(true);
    expect(MAY_BE_REMARK_SOURCE.test('.left-column[\n# a\n]')).toBe(true);
    expect(MAY_BE_REMARK_SOURCE.test('# a\n\n- b\n  - c\n\n---\n\n# d\n')).toBe(false);
    // Landslide's code markers at a line's start (the seed deck has them) load nothing.
    expect(MAY_BE_REMARK_SOURCE.test('# a\n\n#!/bin/bash\n   ls\n\n#!bash\n')).toBe(false);
  });
});

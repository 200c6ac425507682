import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck';
import { withCommentNotes } from './comment-notes';
import { MAY_HAVE_COMMENT_NOTES } from './comment-notes-hint';

/** As load-deck runs it: only when the hint lets the module load. */
const slides = (source: string) => {
  const deck = parseDeck(source);
  return (MAY_HAVE_COMMENT_NOTES.test(source) ? withCommentNotes(deck, source) : deck).slides;
};
const only = (source: string) => slides(source)[0];

describe('trailing comments are notes', () => {
  it('takes a Slidev slide\'s last comment as its notes, and out of the slide', () => {
    const [first, second] = slides('# Hello\n\nSome text\n\n<!--\nSay hello first.\n\n- then the demo\n-->\n---\n# Two\n<!-- Short one -->\n');
    expect(first?.notes).toBe('Say hello first.\n\n- then the demo');
    expect(first?.markdown).not.toContain('<!--');
    expect(first?.markdown).toContain('Some text');
    expect(second?.notes).toBe('Short one');
  });

  it('takes every trailing comment, in order, with blank lines between', () => {
    expect(only('# T\n\n<!-- one -->\n\n<!-- two --> <!-- three -->\n\n')?.notes).toBe('one\n\ntwo\n\nthree');
  });

  it('keeps a multi-line comment\'s own lines, without their shared indent', () => {
    expect(only('# T\n\n<!--\n    First point\n      - sub\n    Last\n    -->')?.notes).toBe('First point\n  - sub\nLast');
  });

  it('leaves comments before or between content hidden, not notes', () => {
    const slide = only('<!-- license: MIT, do not show -->\n# T\n\n<!-- author aside -->\n\nText\n\n<!-- the note -->');
    expect(slide?.notes).toBe('the note');
    expect(slide?.markdown).toContain('<!-- license: MIT, do not show -->');
    expect(slide?.markdown).toContain('<!-- author aside -->');
  });

  it('reads a comment in code as code', () => {
    const slide = only('# T\n\n```html\n<!-- in the code -->\n```');
    expect(slide?.notes).toBe('');
    expect(slide?.markdown).toContain('<!-- in the code -->');
    expect(only('# T\n\n```html\n<p>\n```\n\n<!-- after the code -->')?.notes).toBe('after the code');
  });

  it('adds comment notes after ??? and Note: notes', () => {
    expect(only('# T\n\nText\n\n<!-- from the comment -->\n\n???\nFrom the marker')?.notes).toBe('From the marker\n\nfrom the comment');
    expect(only('# T\n\n<!-- from the comment -->\nNote: revealed')?.notes).toBe('revealed\n\nfrom the comment');
    expect(only('# T\n<!-- notes: the old way -->\n<!-- and the new -->')?.notes).toBe('the old way\n\nand the new');
  });

  it('leaves text that shares the comment\'s last line alone', () => {
    expect(only('# T\n\n<!-- a --> shown')?.notes).toBe('');
  });

  it('leaves a comment that is never closed alone, and stays quick when many are not', () => {
    expect(only('# T\n\n<!-- never closed\n\n<!-- closed note -->')?.notes).toBe('closed note');
    const started = performance.now();
    expect(only(`# T\n${'<!-- open\n'.repeat(20_000)}`)?.notes).toBe('');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads comments as HTML does: <!--> closes at once, and so does --!>', () => {
    expect(only('# T\n\n<!--><img src=x>-->')?.notes).toBe('');
    expect(only('# T\n\n<!---><b>shown</b>-->')?.notes).toBe('');
    expect(only('# T\n\n<!-- a --!> <b>shown</b> -->')?.notes).toBe('');
  });

  it('gives a slide of comments only its notes', () => {
    expect(slides('# A\n---\n<!-- just notes -->\n---\n# C')[1]?.notes).toBe('just notes');
  });
});

describe('directive comments are never notes', () => {
  const directives = [
    '<!-- _class: lead -->',
    '<!-- class: invert -->',
    '<!-- backgroundColor: #123 -->',
    '<!-- _backgroundImage: url(x.png) -->',
    '<!-- paginate: true -->',
    '<!-- header: Acme -->',
    '<!-- _footer: "page" -->',
    '<!-- color: white -->',
    '<!-- theme: gaia -->',
    '<!-- size: 4:3 -->',
    '<!-- _hide: true -->',
    '<!--\n_class: lead\n_paginate: false\n-->',
    '<!-- .slide: data-background-color="#000" -->',
    '<!-- .slide: id="plan" class="x" -->',
    '<!-- .element: class="fragment" -->',
    '<!-- fit -->',
    '<!-- step -->',
    '<!-- break -->',
    '<!-- prettier-ignore -->',
    '<!-- prettier-ignore-start -->',
    '<!-- markdownlint-disable MD033 -->',
    '<!-- cspell:disable -->',
    '<!-- vale off -->',
    '<!-- #region intro -->',
    '<!-- -->',
  ];
  for (const directive of directives) {
    it(`keeps ${JSON.stringify(directive)} out of the notes and on the slide`, () => {
      const slide = only(`# T\n\nText\n\n${directive}\n\n<!-- real note -->`);
      expect(slide?.notes).toBe('real note');
      expect(slide?.markdown).toContain(directive);
      const marp = slides(`---\nmarp: true\n---\n\n# T\n\n${directive}\n\nText`)[0];
      expect(marp?.notes).toBe('');
      expect(marp?.markdown).toContain(directive);
    });
  }

  it('keeps a directive that shares a line with a note on the slide', () => {
    const slide = only('# T\n\n<!-- _class: lead --> <!-- a note -->');
    expect(slide?.notes).toBe('a note');
    expect(slide?.markdown).toContain('<!-- _class: lead -->');
    expect(slide?.markdown).not.toContain('a note');
  });

  it('reads a comment that only looks like a setting as notes', () => {
    expect(only('# T\n\n<!-- TODO: show the chart -->')?.notes).toBe('TODO: show the chart');
  });
});

describe('in a Marp deck', () => {
  const marp = (body: string) => slides(`---\nmarp: true\ntheme: default\n---\n\n${body}`);

  it('every comment that is not a directive is notes, wherever it stands', () => {
    const [first, second] = marp('<!-- _class: lead -->\n<!-- opening words -->\n# Title\n\n<!-- middle words -->\n\n- point\n\n---\n\n# Two\n<!-- end words -->');
    expect(first?.notes).toBe('opening words\n\nmiddle words');
    expect(first?.markdown).toContain('<!-- _class: lead -->');
    expect(first?.markdown).not.toContain('words');
    expect(first?.markdown).toContain('- point');
    expect(second?.notes).toBe('end words');
  });

  it('is not a Marp deck without marp: true', () => {
    expect(only('---\nmarp: false\n---\n\n<!-- before -->\n# T')?.notes).toBe('');
  });
});

describe('the hint', () => {
  it('lets through every deck with a trailing comment or marp: true', () => {
    for (const source of ['# A\n<!-- n -->', '# A\n<!-- n -->\n\n---\n# B', '# A\n<!-- n -->\n???\nx', '# A\n<!-- n -->\nNote: x', '---\nmarp: true\n---\n<!-- n -->\n# A']) {
      expect(source).toMatch(MAY_HAVE_COMMENT_NOTES);
    }
  });

  it('keeps out a deck without comments', () => {
    expect('# A\n\ntext\n\n---\n\n# B').not.toMatch(MAY_HAVE_COMMENT_NOTES);
  });
});

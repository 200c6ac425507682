import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck';
import { withLooks } from './slide-looks';
import { MAY_HAVE_LOOKS } from './looks-hint';
import { transitionName } from './slide-transition';

const transitions = (source: string) => {
  expect(source).toMatch(MAY_HAVE_LOOKS);
  return withLooks(parseDeck(source), source, 'https://talks.example/deck.md').slides.map((slide) => slide.transition);
};

describe('transition names', () => {
  it('reveal.js names, and the in-part of a pair', () => {
    expect(['none', 'fade', 'slide', 'convex', 'concave', 'zoom'].map(transitionName)).toEqual(['none', 'fade', 'slide-left', 'slide-left', 'slide-left', 'zoom']);
    expect(transitionName('fade-in slide-out')).toBe('fade');
    expect(transitionName('slide-in fade-out')).toBe('slide-left');
  });

  it('Slidev names, and the forward one of `a | b`', () => {
    expect(['fade', 'fade-out', 'slide-left', 'slide-right', 'slide-up', 'slide-down', 'view-transition'].map(transitionName)).toEqual([
      'fade', 'fade', 'slide-left', 'slide-right', 'slide-up', 'slide-down', 'fade',
    ]);
    expect(transitionName('slide-up | slide-down')).toBe('slide-up');
  });

  it('an unknown name is no transition', () => {
    expect(transitionName('cube')).toBeUndefined();
    expect(transitionName('')).toBeUndefined();
  });
});

describe('transitions on slides', () => {
  it('reveal.js: data-transition in a .slide comment, taken out of the Markdown', () => {
    const source = '# One\n\n---\n\n<!-- .slide: data-transition="zoom" -->\n# Two';
    expect(transitions(source)).toEqual([undefined, 'zoom']);
    expect(withLooks(parseDeck(source), source, '').slides[1]?.markdown).not.toContain('transition');
  });

  it('Slidev: the headmatter is the deck default, a slide front matter its own', () => {
    expect(transitions('---\ntransition: fade\n---\n# One\n---\n# Two\n---\ntransition: slide-up\n---\n# Three\n---\n# Four')).toEqual([
      'fade', 'fade', 'slide-up', 'fade',
    ]);
  });
});

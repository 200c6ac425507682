import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck';
import { shownSlides } from './shown-slides';
import { withLooks } from './slide-looks';
import { MAY_HAVE_MARKS } from './marks-hint';

/** The deck as the talk gets it for a remark deck: looks, then templates and hidden slides. */
const talk = (source: string) => shownSlides(withLooks(parseDeck(source), source, 'https://example.org/deck.md'), source);
const markdowns = (source: string): string[] => talk(source).slides.map((s) => s.markdown.trim().replace(/\n{3,}/g, '\n\n'));

describe('remark property lines', () => {
  it('reads remark names after blank lines, in a remark deck', () => {
    const deck = talk('# One\n\n???\nnotes\n---\n\nclass: center, middle\n\n# Two\n');
    expect(deck.slides[1]?.markdown.trim()).toBe('# Two');
    expect(deck.slides[1]?.classes).toEqual(['center', 'middle']);
  });

  it('takes any key out of a remark deck, but keeps a first line such as "Docker: a primer" elsewhere', () => {
    expect(markdowns('name: a\ntitle: Intro\n\n# One\n???\nnotes')).toEqual(['# One']);
    expect(markdowns('Docker: a primer\n\nText\n')).toEqual(['Docker: a primer\n\nText']);
  });

  it('reads background colour, size and position', () => {
    const slide = talk('\nbackground-color: #123456\nbackground-image: url(x.jpg)\nbackground-size: contain\nbackground-position: top right\n\n# A\n').slides[0];
    expect(slide?.background).toEqual({ color: '#123456', image: 'https://example.org/x.jpg', size: 'contain', position: 'top right' });
    expect(talk('background-size: url(x)\n\n# A\n').slides[0]?.background).toBeUndefined();
  });
});

describe('remark templates', () => {
  const deck = [
    'name: base',
    'layout: true',
    'class: inverse',
    '',
    '.header[My talk]',
    '',
    '{{content}}',
    '',
    '???',
    'template notes',
    '---',
    'title: Intro',
    '',
    '# {{ title }}',
    '---',
    'class: center',
    '',
    '# Two',
    '---',
    'layout: false',
    '',
    '# Three',
  ].join('\n');

  it('leaves out the template and puts each slide into it until layout: false', () => {
    const slides = talk(deck).slides;
    expect(slides.map((s) => s.title)).toEqual(['Intro', 'Two', 'Three']);
    expect(slides[0]?.markdown).toContain('<span class="header">My talk</span>');
    expect(slides[0]?.markdown).toContain('# Intro');
    expect(slides[0]?.markdown).not.toContain('{{');
    expect(slides[2]?.markdown).not.toContain('header');
  });

  it('inherits classes first, never notes', () => {
    const slides = talk(deck).slides;
    expect(slides[0]?.classes).toEqual(['inverse']);
    expect(slides[1]?.classes).toEqual(['inverse', 'center']);
    expect(slides[2]?.classes).toBeUndefined();
    expect(slides.map((s) => s.notes)).toEqual(['', '', '']);
  });

  it('puts the template first when it has no {{content}}, and reads template: name', () => {
    const source = 'name: logo\n\n.logo[Logo]\n---\ntemplate: logo\n\n# Mine\n';
    expect(markdowns(source)).toEqual(['<span class="logo">Logo</span>', '<span class="logo">Logo</span>\n\n# Mine']);
  });

  it('leaves an unknown or escaped variable as written (remark does)', () => {
    expect(markdowns('name: a\n\n{{ nothing }} \\{{ x }}')).toEqual(['{{ nothing }} {{ x }}']);
  });
});

describe('count: false', () => {
  it('numbers only counted slides; one not counted shows the number before it', () => {
    const deck = talk('# One\n---\ncount: false\n\n# Aside\n---\n# Two\n');
    expect(deck.numbers).toEqual([1, 1, 2]);
    expect(talk('# One\n---\n# Two\n').numbers).toBeUndefined();
  });

  it('is hinted, as are templates and content classes', () => {
    for (const source of ['count: false', '\nlayout: true', 'template: a', 'a .red[x]', '???']) expect(MAY_HAVE_MARKS.test(source)).toBe(true);
  });
});

describe('content classes outside remark decks', () => {
  it('are read only in a remark deck', () => {
    expect(markdowns('name: a\n\nSee .red[this]')).toEqual(['See <span class="red">this</span>']);
    expect(markdowns('# Arrays\n\nname: x\n\nUse items.first[0] here')).toEqual(['# Arrays\n\nname: x\n\nUse items.first[0] here']);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeAttributes, encodeAttributes } from './element-attributes';
import { withSteps } from './slide-steps';
import { parseDeck } from './parse-deck';

const marked = (source: string) => withSteps(parseDeck(source), source).slides[0]?.markdown ?? '';

describe('.element: attributes', () => {
  it('round-trip through a marker value that nothing can break out of', () => {
    const attributes = { style: 'color: red; font-family: "A B"', 'data-id': `x'"<>*_~()!` };
    const value = encodeAttributes(attributes);
    expect(value).toMatch(/^[A-Za-z0-9%._-]+$/);
    expect(decodeAttributes(value)).toEqual(Object.entries(attributes));
  });

  it('leave out what is for the parser only, and give nothing for nothing', () => {
    expect(decodeAttributes(encodeAttributes({ 'data-fragment-index': '2', class: 'grow' }))).toEqual([['class', 'grow']]);
    expect(encodeAttributes({})).toBe('');
  });

  it('read nothing from a value the parser did not write', () => {
    expect(decodeAttributes('%E0%A4%A')).toEqual([]);
    expect(decodeAttributes(encodeURIComponent('{"a":1}'))).toEqual([]);
    expect(decodeAttributes(encodeURIComponent('[["a",1],["b","c"]]'))).toEqual([['b', 'c']]);
  });

  it('put a marker where each comment was: at the end of a paragraph, after an image, on a line of its own', () => {
    const source = [
      'Text <!-- .element: class="big" -->',
      '',
      '![chart](c.png) <!-- .element: class="r-stretch" -->',
      '',
      '- a',
      '- b',
      '<!-- .element: style="color: red" -->',
    ].join('\n');
    const span = (attributes: Record<string, string>) => `<span data-lectern-attrs="${encodeAttributes(attributes)}"></span>`;
    expect(marked(source)).toBe(
      ['Text ' + span({ class: 'big' }), '', '![chart](c.png) ' + span({ class: 'r-stretch' }), '', '- a', '- b', span({ style: 'color: red' })].join('\n'),
    );
  });

  it('drop an empty comment, and keep one inside code', () => {
    expect(marked('a <!-- .element: -->\n\n`b <!-- .element: class="x" -->`')).toBe('a \n\n`b <!-- .element: class="x" -->`');
  });
});

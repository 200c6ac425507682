import { describe, expect, it } from 'vitest';
import { readYaml, type YamlMap } from './yaml-block';

const read = (text: string) => readYaml(text.split('\n'));
/** Plain objects, so expectations compare content; prototypes are checked on their own. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('readYaml', () => {
  it('reads the YAML slide tools write: scalars, nested maps, lists, block scalars, comments', () => {
    const data = read(
      [
        'title: "Quoted: colon"',
        'ratio: 4:3',
        '# a comment',
        'tags:',
        '- alpha',
        "- 'beta'",
        'fonts:',
        '  sans: Inter',
        '  mono:',
        '    family: Fira Code',
        'info: |',
        '  ## Line one',
        '',
        '  Line two',
        '    indented code',
        'wrapped: a title that goes',
        '  on to a second line',
        'flow: [a,',
        '  b]',
        'summary: >',
        '  folded',
        '  text',
        'list:',
        '  - a: 1',
        '    b: 2',
        '  - plain',
        'empty:',
        'map: {a: 1}',
        'keep: |2-',
        '  kept',
      ].join('\n'),
    );
    expect(plain(data)).toEqual({
      title: 'Quoted: colon',
      ratio: '4:3',
      tags: ['alpha', 'beta'],
      fonts: { sans: 'Inter', mono: { family: 'Fira Code' } },
      info: '## Line one\n\nLine two\n  indented code',
      wrapped: 'a title that goes on to a second line',
      summary: 'folded text',
      list: ['a: 1', 'plain'],
      empty: '',
      flow: '[a, b]',
      map: '{a: 1}',
      keep: 'kept',
    });
  });

  it.each([
    ['a sentence', 'Just a sentence.'],
    ['a heading', '# Heading\nJust text'],
    ['a key then text', 'title: T\nJust a sentence.'],
    ['a list item where a key belongs', 'title: T\n- item'],
  ])('says %s is not YAML of this kind', (_, text) => {
    expect(read(text)).toBeUndefined();
  });

  it('gives maps with no prototype and drops __proto__, constructor and prototype at every depth', () => {
    const data = read(
      [
        'title: Safe',
        '__proto__:',
        '  polluted: yes',
        'constructor:',
        '  prototype:',
        '    polluted: yes',
        'fonts:',
        '  __proto__:',
        '    polluted: yes',
        '  prototype: x',
        '  sans: Inter',
      ].join('\n'),
    );
    if (!data) throw new Error('not read');
    expect(Object.getPrototypeOf(data)).toBeNull();
    expect(Object.keys(data)).toEqual(['title', 'fonts']);
    expect(data.polluted).toBeUndefined();
    const fonts = data.fonts as YamlMap;
    expect(Object.getPrototypeOf(fonts)).toBeNull();
    expect(Object.keys(fonts)).toEqual(['sans']);
    expect(fonts.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nesting deeper than any real front matter instead of recursing without end', () => {
    const deep = Array.from({ length: 40 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(read(deep)).toBeUndefined();
    expect(read(Array.from({ length: 8 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'))).toBeDefined();
  });
});

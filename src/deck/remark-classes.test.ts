import { describe, expect, it } from 'vitest';
import { withContentClasses, withoutContentClasses } from './remark-classes';

describe('remark content classes', () => {
  it('makes an inline one a span, with its Markdown kept inside', () => {
    expect(withContentClasses('Say .red[**bold** and [a link](u)] now')).toBe('Say <span class="red">**bold** and [a link](u)</span> now');
  });

  it('nests, and takes several classes', () => {
    expect(withContentClasses('.a[.b.c[x] y]')).toBe('<span class="a"><span class="b c">x</span> y</span>');
  });

  it('makes a bracket over several lines a block with blank lines around its Markdown', () => {
    expect(withContentClasses('.left-column[\n## Title\n- item\n]\nafter')).toBe(
      '<div class="left-column">\n\n\n## Title\n- item\n\n\n</div>\n\n\nafter',
    );
  });

  it('leaves escaped ones, code, and brackets that never close as written', () => {
    const cases = [
      '\\.red[x]',
      'Use `.red[x]` here',
      '```\n.red[x]\n```',
      'Text\n\n    .red[x]\n',
      '.red[never closed',
      '.9lives[x]',
    ];
    for (const text of cases) expect(withContentClasses(text)).toBe(text);
  });

  it('reads a content class after indented code ends', () => {
    expect(withContentClasses('    code\n.red[x]')).toBe('    code\n<span class="red">x</span>');
  });

  it('does not count a bracket inside code', () => {
    expect(withContentClasses('.red[a `]` b]')).toBe('<span class="red">a `]` b</span>');
  });

  it('leaves the brackets out of a title', () => {
    expect(withoutContentClasses('.red[Hello] .a[.b[world]]')).toBe('Hello world');
  });
});

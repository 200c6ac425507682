import { describe, expect, it } from 'vitest';
import { codeLines } from './code-lines';

describe('codeLines', () => {
  it('puts each line, with its newline, in a span of its own', () => {
    expect(codeLines('a\nb')).toBe('<span class="line">a\n</span><span class="line">b</span>');
  });

  it('closes a highlight span at the end of a line and opens it again on the next', () => {
    const html = '<span class="token comment">/* one\ntwo */</span> x';
    expect(codeLines(html)).toBe(
      '<span class="line"><span class="token comment">/* one</span>\n</span>' +
        '<span class="line"><span class="token comment">two */</span> x</span>',
    );
  });

  it('keeps blank lines as lines', () => {
    expect(codeLines('a\n\nb').match(/class="line"/g)).toHaveLength(3);
  });
});

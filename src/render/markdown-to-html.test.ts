import { Lexer } from 'marked';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markdownToHtml } from './markdown-to-html';
import { parseLinkDefinitions } from './markdown';

afterEach(() => vi.restoreAllMocks());

describe('markdownToHtml', () => {
  it('renders block by block when marked throws on the whole slide: the block that still throws shows as text', async () => {
    // No input is known to crash marked once nesting is capped, so the crash is injected.
    const lex = Lexer.prototype.lex;
    vi.spyOn(Lexer.prototype, 'lex').mockImplementation(function (this: Lexer, src: string) {
      if (src.includes('explodes')) throw new RangeError('Maximum call stack size exceeded');
      return lex.call(this, src);
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const html = await markdownToHtml('# Title\n\nbefore *this*\n\nthis <b>explodes</b>\n\n```js\nconst a = 1;\n\nconst b = 2;\n```', parseLinkDefinitions(''), []);
    expect(html).toContain('<h1 id="title">Title</h1>');
    expect(html).toContain('<em>this</em>');
    expect(html).toContain('<p class="unrendered">this &#60;b&#62;explodes&#60;/b&#62;</p>');
    // A fenced block with a blank line in it stays one block.
    expect(html).toMatch(/<code class="language-js">[^]*const<\/span> a[^]*\n<\/span><span class="line">\n[^]*const<\/span> b/);
  });
});

import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown-to-html';
import { codeLanguages, lexSlide, parseLinkDefinitions } from './markdown';

const links = parseLinkDefinitions('');
const render = (markdown: string): Promise<string> => markdownToHtml(markdown, links, []);
const fence = (info: string, lines = 9): string =>
  `\`\`\`${info}\n${Array.from({ length: lines }, (_, i) => `let v${i + 1} = ${i + 1};`).join('\n')}\n\`\`\``;

/** The `<pre>` start tag. */
const preTag = (html: string): string => /<pre[^>]*>/.exec(html)?.[0] ?? '';
/** 1-based numbers of the lines marked as highlighted. */
const focused = (html: string): number[] =>
  [...html.matchAll(/<span class="line( focus)?">/g)].flatMap((match, i) => (match[1] ? [i + 1] : []));

describe('code walk-through: line numbers and highlighted lines', () => {
  it('numbers the lines of ```python {lines}, from 1, and keeps the language', async () => {
    const html = await render('```python {lines}\ndef f(x):\n    return x\n```');
    expect(preTag(html)).toBe('<pre class="language-python" data-lectern-numbers style="--lectern-line-start:0;--lectern-line-digits:1">');
    expect(html).toContain('<span class="token keyword">def</span>');
    expect(html).not.toContain('data-lectern-lines');
    expect(html).not.toContain('{lines}');
  });

  it('highlights the lines of ```js {2,4-6} as rendered, with no steps', async () => {
    const html = await render(fence('js {2,4-6}'));
    expect(preTag(html)).toContain('data-lectern-lines="2,4,5,6"');
    expect(preTag(html)).not.toContain('data-lectern-code-steps');
    expect(preTag(html)).not.toContain('data-lectern-numbers');
    expect(focused(html)).toEqual([2, 4, 5, 6]);
  });

  it('carries every group of ```js {1-2|3|5-9} and its steps, the first group highlighted', async () => {
    const html = await render(fence('js {1-2|3|5-9} lectern-steps=0,1,2'));
    expect(preTag(html)).toContain('data-lectern-lines="1,2|3|5,6,7,8,9"');
    expect(preTag(html)).toContain('data-lectern-code-steps="0,1,2"');
    expect(focused(html)).toEqual([1, 2]);
    expect(html).not.toContain('lectern-steps=');
  });

  it('numbers reveal.js [712: 1-2|3] from 712, three digits wide, and highlights its first two lines', async () => {
    const html = await render(fence('js [712: 1-2|3] lectern-steps=0,3', 4));
    expect(preTag(html)).toContain('data-lectern-numbers style="--lectern-line-start:711;--lectern-line-digits:3"');
    expect(preTag(html)).toContain('data-lectern-lines="1,2|3" data-lectern-code-steps="0,3"');
    expect(focused(html)).toEqual([1, 2]);
  });

  it('numbers an indented block marked #!python (CodeHilite), not one marked !python or :::python', async () => {
    const numbered = await render('    #!python\n    import os\n    print(os.sep)');
    expect(preTag(numbered)).toContain('class="language-python" data-lectern-numbers');
    expect(numbered).not.toContain('#!python');
    for (const marker of ['!python', ':::python']) {
      expect(preTag(await render(`    ${marker}\n    import os`))).toBe('<pre class="language-python">');
    }
  });

  it('a group of all lines ({*|2}) dims nothing as rendered', async () => {
    const html = await render(fence('js {*|2} lectern-steps=0,1', 3));
    expect(preTag(html)).toContain('data-lectern-lines="|2"');
    expect(focused(html)).toEqual([]);
  });

  it.each(['{3-1}', '{x}', '{0}', '[1-2|y]'])('a bad range %s shows the code with no highlight, and no error', async (range) => {
    const html = await render(fence(`js ${range}`, 3));
    expect(html).not.toContain('data-lectern-lines');
    expect(focused(html)).toEqual([]);
    expect(html).toContain('<span class="token keyword">let</span>');
  });

  it('leaves a plain fence as it was', async () => {
    expect(preTag(await render(fence('js', 2)))).toBe('<pre class="language-js">');
  });

  it('grammar loading sees only the language, never the line options', () => {
    const tokens = lexSlide(`${fence('js {1-2|3} lectern-steps=0,1')}\n\n${fence('python [712: 1]')}\n\n${fence('ts {lines}')}`, links);
    expect(codeLanguages(tokens)).toEqual(['js', 'python', 'ts']);
  });
});

import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown-to-html';
import { parseLinkDefinitions } from './markdown';
import { typeset } from './typeset-math';

const html = (markdown: string): Promise<string> => markdownToHtml(markdown, parseLinkDefinitions(''), []);
/** What the slide holds for this TeX: the lexing rules decide which TeX reaches the typesetter, and how. */
const inline = (tex: string): string => typeset(tex, false);
const display = (tex: string): string => typeset(tex, true);
/** How many formulas the slide has, and how many of them are display formulas. */
const count = (out: string): [number, number] => [(out.match(/<math[\s>]/g) ?? []).length, (out.match(/<math display="block"/g) ?? []).length];

describe('math: $…$ as Pandoc reads it', () => {
  it('typesets $…$ inline, markdown inside untouched', async () => {
    const out = await html('Area $a_1 * b_2$ and *this*');
    expect(out).toContain(inline('a_1 * b_2'));
    expect(out).toContain('<em>this</em>');
    expect(count(out)).toEqual([1, 0]);
  });

  it.each([
    ['two prices', 'It costs $5 and $10 a month.'],
    ['a price range', 'From $20,000 to $30,000.'],
    ['a closing $ followed by a digit', 'Pay $x$5 now'],
    ['a space after the opening $', 'a $ x$ b'],
    ['a space before the closing $', 'a $x $ b'],
    ['escaped dollars', String.raw`\$x\$ stays text`],
  ])('leaves %s as text', async (_, markdown) => {
    const out = await html(markdown);
    expect(count(out)).toEqual([0, 0]);
    expect(out).toContain('$');
  });

  it('shows \\$ as a plain dollar, and math right after it still works', async () => {
    const out = await html(String.raw`Price \$5, formula $y$`);
    expect(out).toContain(`Price $5, formula ${inline('y')}`);
    expect(count(out)).toEqual([1, 0]);
  });

  it('leaves math in code spans and code blocks alone', async () => {
    const out = await html('`$x$` and\n\n```sh\necho "$HOME$x$"\n```\n\n    $$y$$');
    expect(count(out)).toEqual([0, 0]);
    expect(out).toContain('<code>$x$</code>');
  });
});

describe('math: display', () => {
  it('typesets $$…$$ in a paragraph as display math', async () => {
    const out = await html('Before $$\\sum_i x_i$$ after');
    expect(out).toContain(display('\\sum_i x_i'));
    expect(count(out)).toEqual([1, 1]);
  });

  it('takes a $$ block over several lines, even one that would read as a list or heading', async () => {
    const out = await html('Text\n$$\na\n- b\n1. c\n$$\nMore');
    expect(out).toContain(display('\na\n- b\n1. c\n'));
    expect(out).toMatch(/^<p>Text<\/p>\n<math display="block"[^]*<p>More<\/p>\n$/);
  });

  it('does not let an unclosed $$ swallow the slide: no blank line inside math', async () => {
    const out = await html('$$\na\n\n- item\n\n$$');
    expect(count(out)).toEqual([0, 0]);
    expect(out).toContain('<li>item</li>');
  });

  it('typesets a ```math fence as display math, and other fences as code', async () => {
    const out = await html('```math\n\\frac{1}{2}\n```\n\n```js\nlet a = 1;\n```');
    expect(out).toContain(display('\\frac{1}{2}\n'));
    expect(count(out)).toEqual([1, 1]);
    expect(out).toContain('<code class="language-js">');
  });
});

describe('math: Landslide MathJax delimiters', () => {
  it('reads \\\\( … \\\\) inline and \\\\[ … \\\\] display, with the Markdown escapes Landslide undid', async () => {
    const out = await html(String.raw`Inline \\(\alpha\_1\\) and \\[ \begin{matrix} a \\\\ b \end{matrix} \\]`);
    expect(out).toContain(inline(String.raw`\alpha_1`));
    expect(out).toContain(display(String.raw` \begin{matrix} a \\ b \end{matrix} `));
  });

  it('takes a \\\\[ block over several lines', async () => {
    const out = await html('\\\\[\nx^2\n\\\\]\n\nafter');
    expect(count(out)).toEqual([1, 1]);
    expect(out).toContain('<p>after</p>');
  });

  it('keeps single-backslash \\( and \\[ as Markdown escapes: plain brackets', async () => {
    const out = await html(String.raw`\(x\) and \[y\]`);
    expect(count(out)).toEqual([0, 0]);
    expect(out).toContain('(x) and [y]');
  });
});

describe('math: broken TeX', () => {
  it('shows its source and the message in a card, and the rest of the slide renders', async () => {
    const out = await html('# Title\n\nBad $\\frac{1}{<b>$ here\n\n$$\n\\undefinedthing\n$$\n\nGood $x$');
    expect(out).toMatch(/<span class="render-failure math-error" role="note"[^>]*><code>\\frac\{1\}\{&#60;b&#62;<\/code> [^<]*expected &#39;\}&#39; at end of input<\/span>/);
    expect(out).toContain('<p class="render-failure math-error" role="note"><code>\n\\undefinedthing\n</code> Unsupported function name: \\undefinedthing at position 2</p>');
    expect(out).toContain('<h1 id="title">Title</h1>');
    expect(out).toContain(`Good ${inline('x')}`);
  });
});

describe('math: slides that are nothing but delimiters', () => {
  // Each took 10 to 20 seconds when every opening delimiter searched the rest of the slide for its closing one.
  it.each(['\\\\( ', '\\\\[ ', '$$ a ', '$$ a\n', '$5 and '])('lexes 20,000 unclosed %j well within the render budget', async (unit) => {
    const started = performance.now();
    await html(unit.repeat(20_000));
    expect(performance.now() - started).toBeLessThan(4000);
  });
});


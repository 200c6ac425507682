import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDeck } from './parse-deck';
import { scanBlocks } from './block-scanner';
import { withLooks } from './slide-looks';
import { MAY_HAVE_LOOKS } from './looks-hint';
import { withSteps } from './slide-steps';
import { MAY_HAVE_STEPS } from './steps-hint';
import { encodeAttributes } from './element-attributes';

/** As load-deck runs it: looks first when the deck may have them, then steps. */
const stepped = (source: string) => {
  expect(source).toMatch(MAY_HAVE_STEPS);
  const deck = parseDeck(source);
  return withSteps(MAY_HAVE_LOOKS.test(source) ? withLooks(deck, source, 'https://talks.example/deck.md') : deck, source).slides;
};
const only = (source: string) => stepped(source)[0];
const S = (step: number): string => `<span data-lectern-step="${step}"></span>`;
const F = (step: number): string => `<span data-lectern-step="${step}" data-lectern-from></span>`;

describe("Lectern's <!-- step -->", () => {
  it('makes everything after it the next step, marked on the next line', () => {
    const slide = only('# Title\n\nFirst\n\n<!-- step -->\n\nSecond\n\n<!-- step -->\n\n- third\n- fourth');
    expect(slide?.steps).toBe(2);
    expect(slide?.markdown).toBe(`# Title\n\nFirst\n\n\nSecond${F(1)}\n\n\n- third${F(2)}\n- fourth`);
  });

  it('keeps two paragraph lines apart when it sits between them', () => {
    expect(only('one\n<!-- step -->\ntwo')?.markdown).toBe(`one\n\ntwo${F(1)}`);
  });

  it('keeps a tight list tight', () => {
    expect(only('- a\n<!-- step -->\n- b')?.markdown).toBe(`- a\n- b${F(1)}`);
  });

  it('stands alone before a block that a span cannot end: fence, table, HTML, display math', () => {
    expect(only('a\n\n<!-- step -->\n\n```js\nx\n```')?.markdown).toBe(`a\n\n\n\n${F(1)}\n\n\`\`\`js\nx\n\`\`\``);
    expect(only('a\n\n<!-- step -->\n| h |\n| - |\n| c |')?.markdown).toBe(`a\n\n\n${F(1)}\n\n| h |\n| - |\n| c |`);
    expect(only('a\n\n<!-- step -->\n<div>x</div>')?.markdown).toBe(`a\n\n\n${F(1)}\n\n<div>x</div>`);
  });

  it('adds nothing when nothing follows it, and is still taken out', () => {
    const slide = only('# Done\n\n<!-- step -->\n');
    expect(slide?.steps).toBeUndefined();
    expect(slide?.markdown).toBe('# Done\n\n');
  });

  it('keeps hard breaks, and puts the span before a heading\'s closing #s', () => {
    expect(only('<!-- step -->\nline  \nnext')?.markdown).toBe(`line${F(1)}  \nnext`);
    expect(only('<!-- step -->\nline\\\nnext')?.markdown).toBe(`line${F(1)}\\\nnext`);
    expect(only('<!-- step -->\n## Title ##')?.markdown).toBe(`## Title${F(1)} ##`);
  });

  it('counts once for markers in a row, and not at all before only a comment', () => {
    expect(only('a\n\n<!-- step -->\n\n<!-- step -->\n\nb')?.markdown).toBe(`a\n\n\n\nb${F(1)}`);
    const slide = only('a\n\n<!-- step -->\n<!-- a comment -->');
    expect(slide?.steps).toBeUndefined();
    expect(slide?.markdown).toBe('a\n\n<!-- a comment -->');
  });

  it('is not read in indented code, nor is a fragment comment', () => {
    const source = 'Example:\n\n    a <!-- .element: class="fragment" -->\n    <!-- step -->\n    more';
    expect(only(source)).toEqual(parseDeck(source).slides[0]);
  });
});

describe("remark's -- line", () => {
  it('is a marker after a blank line, a list item, a heading and at the top', () => {
    const slide = only('# Heading\n--\n- one\n--\n- two\n\n--\n\nlast');
    expect(slide?.steps).toBe(3);
    expect(slide?.markdown).toBe(`# Heading\n- one${F(1)}\n- two${F(2)}\n\n\nlast${F(3)}`);
  });

  it('stays a setext heading under a paragraph line outside remark decks', () => {
    const slide = only('Heading\n--\n\ntext\n\n--\n\nmore');
    expect(slide?.steps).toBe(1);
    expect(slide?.markdown).toBe(`Heading\n--\n\ntext\n\n\nmore${F(1)}`);
  });

  it('is a marker under a paragraph line in a remark deck', () => {
    const [first] = stepped('class: center\n\nOne\n--\nTwo\n\n???\nnotes -- here');
    expect(first?.steps).toBe(1);
    expect(first?.markdown).toBe(`\nOne\n\nTwo${F(1)}\n`);
  });

  it('reads a real remark slide', () => {
    const source = [
      'name: agenda',
      'class: left',
      '',
      '# Agenda',
      '',
      '1. Introduction',
      '--',
      '2. Deep-dive',
      '--',
      '3. .red[Questions]',
      '',
      '???',
      'Remember the -- marker',
      '--',
    ].join('\n');
    const [slide] = stepped(source);
    expect(slide?.steps).toBe(2);
    expect(slide?.markdown).toBe(`\n# Agenda\n\n1. Introduction\n2. Deep-dive${F(1)}\n3. .red[Questions]${F(2)}\n`);
    expect(slide?.notes).toContain('--');
  });
});

describe('reveal.js fragments', () => {
  it('replaces the comment with a span in the element it follows', () => {
    const slide = only('- a <!-- .element: class="fragment" -->\n- b <!-- .element: class=\'fragment fade-up\' -->\n\npara\n<!-- .element: class=fragment -->');
    expect(slide?.steps).toBe(3);
    // A fragment's other classes (its style) ride on its span; `fragment` itself does not.
    const fadeUp = `<span data-lectern-step="2" data-lectern-attrs="${encodeAttributes({ class: 'fade-up' })}"></span>`;
    expect(slide?.markdown).toBe(`- a ${S(1)}\n- b ${fadeUp}\n\npara\n${S(3)}`);
  });

  it('writes the span alone when the comment stands alone after a blank line', () => {
    expect(only('para\n\n<!-- .element: class="fragment" -->')?.markdown).toBe(`para\n\n${S(1)}`);
  });

  it('numbers by data-fragment-index first, equal indices sharing a step, gaps closed', () => {
    const slide = only(
      [
        'a <!-- .element: class="fragment" data-fragment-index="5" -->',
        'b <!-- .element: class="fragment" -->',
        'c <!-- .element: class="fragment" data-fragment-index="2" -->',
        'd <!-- .element: class="fragment" data-fragment-index="5" -->',
      ].join('\n\n'),
    );
    expect(slide?.steps).toBe(3);
    expect(slide?.markdown).toBe(`a ${S(2)}\n\nb ${S(3)}\n\nc ${S(1)}\n\nd ${S(2)}`);
  });

  it('turns other .element comments into attribute spans, and leaves comments in code alone', () => {
    const source = 'a <!-- .element: style="color: red" -->\n\n`<!-- .element: class="fragment" -->`';
    const attrs = encodeAttributes({ style: 'color: red' });
    expect(only(source)?.markdown).toBe(`a <span data-lectern-attrs="${attrs}"></span>\n\n\`<!-- .element: class="fragment" -->\``);
    expect(only(source)?.steps).toBeUndefined();
  });
});

describe('incremental lists', () => {
  it('makes every item a step with incremental: true in front matter, nested items after their parent', () => {
    const slide = only('---\ntitle: T\nincremental: true\n---\n# List\n\n- a\n  - a1\n- b\n\ntext');
    expect(slide?.steps).toBe(3);
    expect(slide?.markdown).toBe(`# List\n\n- a${S(1)}\n  - a1${S(2)}\n- b${S(3)}\n\ntext`);
  });

  it('makes items steps on a slide with the build class, and not on the next', () => {
    const [build, plain] = stepped('<!-- .slide: class="build" -->\n- a\n- b\n---\n- c');
    expect(build?.steps).toBe(2);
    expect(build?.markdown).toBe(`\n- a${S(1)}\n- b${S(2)}`);
    expect(plain?.steps).toBeUndefined();
  });

  it('reads Landslide .fx: build and pandoc incremental', () => {
    expect(stepped('# A\n.fx: build\n\n1. x\n2. y')[0]?.steps).toBe(2);
    expect(stepped('class: incremental\n\n- x\n- y')[0]?.steps).toBe(2);
  });

  it('steps Marp * bullets and 1) numbers, not - bullets', () => {
    const slide = only('---\nmarp: true\n---\n* a\n* b\n\n- c\n\n1) d\n2. e');
    expect(slide?.steps).toBe(3);
    expect(slide?.markdown).toBe(`* a${S(1)}\n* b${S(2)}\n\n- c\n\n1) d${S(3)}\n2. e`);
  });

  it('leaves * bullets alone outside Marp decks', () => {
    const source = '# Plain\n\n* a\n* b\n\n```js {1|2}\nx\ny\n```';
    expect(only(source)?.markdown).toBe('# Plain\n\n* a\n* b\n\n```js {1|2} lectern-steps=0,1\nx\ny\n```');
  });

  it('marks items that start with inline HTML, and not list-like lines in indented code', () => {
    const slide = only('---\ntitle: T\nincremental: true\n---\n- <b>bold</b> start\n\nCode:\n\n    - not an item');
    expect(slide?.markdown).toBe(`- <b>bold</b> start${S(1)}\n\nCode:\n\n    - not an item`);
  });

  it('skips items in fences, rules and an item that opens a fence', () => {
    const slide = only('---\ntitle: T\nincremental: true\n---\n- a\n\n* * *\n\n```\n- not\n```\n\n- ```js\n  x\n  ```');
    expect(slide?.steps).toBe(1);
    expect(slide?.markdown).toBe(`- a${S(1)}\n\n* * *\n\n\`\`\`\n- not\n\`\`\`\n\n- \`\`\`js\n  x\n  \`\`\``);
  });
});

describe('stepped code', () => {
  it('adds one step per group after the first, and marks the fence with the step of each group', () => {
    const slide = only('intro <!-- .element: class="fragment" -->\n\n```js {1-2|3|5-9}\ncode\n```');
    expect(slide?.steps).toBe(3);
    expect(slide?.markdown).toBe(`intro ${S(1)}\n\n\`\`\`js {1-2|3|5-9} lectern-steps=0,2,3\ncode\n\`\`\``);
  });

  it('shows the first group with the "from" step the block sits after', () => {
    const slide = only('a\n\n<!-- step -->\n\n```py [1|2]\nx\ny\n```');
    expect(slide?.steps).toBe(2);
    expect(slide?.markdown).toContain('```py [1|2] lectern-steps=1,2');
  });

  it('leaves a single highlight group and bad ranges as they are', () => {
    const source = '```js {2,4-6}\nx\n```\n\n```js {3-1|2}\nx\n```\n\n~~~ {lines}\n```\n~~~';
    expect(stepped(source)[0]).toEqual(parseDeck(source).slides[0]);
  });

  it('marks raw reveal.js <code data-line-numbers>', () => {
    const slide = only('<pre><code data-line-numbers="1-2|3" class="js">a\nb\nc</code></pre>');
    expect(slide?.steps).toBe(1);
    expect(slide?.markdown).toBe('<pre><code data-line-numbers="1-2|3" data-lectern-code-steps="0,1" class="js">a\nb\nc</code></pre>');
  });

  it('ignores markers inside fences', () => {
    const source = '```md\n<!-- step -->\n--\n- a <!-- .element: class="fragment" -->\n```';
    expect(only(source)).toEqual(parseDeck(source).slides[0]);
  });
});

describe('code nested in lists and blockquotes', () => {
  const incremental = (body: string) => only(`---\ntitle: T\nincremental: true\n---\n${body}`);

  it('writes no step into a fence under an ordered item, and steps the items around it', () => {
    const code = ['    ```yaml', '    services:', '    - name: web', '      image: nginx', '    ```'];
    const slide = incremental(['1.  Write compose.yaml:', '', ...code, '', '2.  Run it'].join('\n'));
    expect(slide?.steps).toBe(2);
    expect(slide?.markdown).toBe([`1.  Write compose.yaml:${S(1)}`, '', ...code, '', `2.  Run it${S(2)}`].join('\n'));
  });

  it('writes no step into a fence under a nested item, nor into a Marp deck\'s fence under a * bullet', () => {
    const nested = incremental('- Deploy\n  - Config:\n    ```yaml\n    - name: web\n    ```\n- Done');
    expect(nested?.markdown).toBe(`- Deploy${S(1)}\n  - Config:${S(2)}\n    \`\`\`yaml\n    - name: web\n    \`\`\`\n- Done${S(3)}`);
    const marp = only('---\nmarp: true\n---\n* Install\n  * on Linux:\n\n    ~~~sh\n    * not a step\n    ~~~');
    expect(marp?.steps).toBe(2);
    expect(marp?.markdown).toBe(`* Install${S(1)}\n  * on Linux:${S(2)}\n\n    ~~~sh\n    * not a step\n    ~~~`);
  });

  it('writes no step into indented code under an item', () => {
    const slide = incremental('1.  Example:\n\n        - not an item\n        <!-- step -->\n\n2.  Next');
    expect(slide?.steps).toBe(2);
    expect(slide?.markdown).toBe(`1.  Example:${S(1)}\n\n        - not an item\n        <!-- step -->\n\n2.  Next${S(2)}`);
  });

  it('steps a walk in a fence under an item like one at the top', () => {
    const slide = only('1.  Call them in turn:\n\n    ```js {1|2}\n    a()\n    b()\n    ```');
    expect(slide?.steps).toBe(1);
    expect(slide?.markdown).toBe('1.  Call them in turn:\n\n    ```js {1|2} lectern-steps=0,1\n    a()\n    b()\n    ```');
  });

  it('steps a walk in a blockquote, and puts a step marker\'s span before it, not in its info string', () => {
    const slide = only('a\n\n<!-- step -->\n> ```js {1|2}\n> - a\n> <!-- step -->\n> ```');
    expect(slide?.steps).toBe(2);
    expect(slide?.markdown).toBe(`a\n\n\n${F(1)}\n\n> \`\`\`js {1|2} lectern-steps=1,2\n> - a\n> <!-- step -->\n> \`\`\``);
  });

  it('ends a fence with the list item or blockquote that holds it', () => {
    const slide = incremental('> ```\n> x\n\n- after the quote\n\n1.  item\n\n    ```\n    y\n\n- after the item');
    expect(slide?.steps).toBe(3);
    expect(slide?.markdown).toContain(`- after the quote${S(1)}`);
    expect(slide?.markdown).toContain(`- after the item${S(3)}`);
  });
});

describe('the hint', () => {
  it('matches every syntax', () => {
    for (const source of [
      '<!-- step -->', 'a\n--\nb', 'x <!-- .element: class="fragment" -->', 'incremental: true', 'class: build',
      '.build', '<!-- .slide: class="build" -->', '<!-- _class: build -->', '.fx: build', 'marp: true',
      '<code data-line-numbers="1|2">', '```js {1-2|3}', '```python {lines}', '```js [1-2|3]', '```js [712: 1-2|3]', '1.  a\n\n    ```js {1|2}', '> ```js {1|2}',
      '    #!python\n    x = 1',
    ]) expect(source, source).toMatch(MAY_HAVE_STEPS);
  });

  it('does not match a plain deck', () => {
    expect('# Title\n\n* a\n* b\n\n---\n\n```js\nlet x = [1];\n```\n\nWe build things.').not.toMatch(MAY_HAVE_STEPS);
  });
});

describe('any mix', () => {
  const pieces = [
    '<!-- step -->', '--', '', 'text', '- item', '* star', '1) one', '# heading', 'para <!-- .element: class="fragment" -->',
    '<!-- .element: class="fragment" data-fragment-index="2" -->', '```js {1|2|3}', '```', '~~~', '<!--', '-->', '| a |', '|---|',
    '    indented', '<code data-line-numbers="1|2">', '<div>', '$$', '.fx: build', 'class: build', '???', '---', '  - nested', '\\',
    '1.  item', '    ```js {1|2}', '    - code?', '> ~~~', '> - quoted',
  ];
  const deck = fc
    .tuple(fc.boolean(), fc.boolean(), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }))
    .map(([marp, incremental, lines]) => `---\nmarp: ${marp}\nincremental: ${incremental}\n---\n${lines.join('\n')}`);

  it('never throws, marks exactly the steps it counts, and never inside a fence or comment', () => {
    fc.assert(
      fc.property(deck, (source) => {
        for (const slide of withSteps(parseDeck(source), source).slides) {
          const spans = [...slide.markdown.matchAll(/data-lectern-step="(\d+)"/g)].map((m) => Number(m[1]));
          const code = [...slide.markdown.matchAll(/(?:lectern-steps=|data-lectern-code-steps=")([\d,]+)/g)].flatMap((m) => (m[1] ?? '').split(',').slice(1).map(Number));
          const shown = new Set([...spans, ...code]);
          const steps = slide.steps ?? 0;
          expect(shown).toEqual(new Set(Array.from({ length: steps }, (_, i) => i + 1)));
          const lines = slide.markdown.split('\n');
          const { kinds } = scanBlocks(lines);
          expect(lines.filter((line, i) => kinds[i] !== 'text' && line.includes('data-lectern-step'))).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

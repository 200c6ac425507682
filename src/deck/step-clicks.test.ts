import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck';
import { withSteps } from './slide-steps';
import { MAY_HAVE_STEPS } from './steps-hint';

const only = (source: string) => {
  expect(source).toMatch(MAY_HAVE_STEPS);
  return withSteps(parseDeck(source), source).slides[0];
};
const S = (step: number): string => `<span data-lectern-step="${step}"></span>`;

describe("Slidev's clicks", () => {
  it('makes a <v-click> block one step, as a div around its Markdown', () => {
    const slide = only('# T\n\n<v-click>\n\nFirst **one**\n\n</v-click>\n\n<v-click>\n\n- two\n\n</v-click>');
    expect(slide?.steps).toBe(2);
    expect(slide?.markdown).toBe(`# T\n\n<div class="lectern-click">${S(1)}\n\nFirst **one**\n\n</div>\n\n<div class="lectern-click">${S(2)}\n\n- two\n\n</div>`);
  });

  it('makes an inline <v-click> a span, and <v-after> shows with the click before it', () => {
    const slide = only('Hello <v-click>world</v-click> and <v-after>more</v-after>');
    expect(slide?.steps).toBe(1);
    expect(slide?.markdown).toBe(`Hello <span class="lectern-click">${S(1)}world</span> and <span class="lectern-click">${S(1)}more</span>`);
  });

  it('reads v-click, v-click.hide and v-after attributes, keeping the element and its classes', () => {
    const slide = only('<div v-click class="p-3">a</div>\n\n<p v-click.hide>b</p>\n\n<div class=\'x\' v-after>c</div>\n\n<img v-click src="x.png">');
    expect(slide?.steps).toBe(3);
    expect(slide?.markdown).toBe(
      `<div class="lectern-click p-3">${S(1)}a</div>\n\n<p class="lectern-click lectern-click-hide">${S(2)}b</p>\n\n<div class='lectern-click x'>${S(2)}c</div>\n\n<span class="lectern-click">${S(3)}<img src="x.png"></span>`,
    );
  });

  it('puts an image or a self-closing component with v-click in a span that appears; a component draws nothing', () => {
    const slide = only('<img v-click src="x.png" alt="one" />\n\n<arrow v-click="[4, 5]" x1="350" />\n\nText');
    expect(slide?.steps).toBe(2);
    expect(slide?.markdown).toBe(
      `<span class="lectern-click">${S(1)}<img src="x.png" alt="one"></span>\n\n<span class="lectern-click">${S(2)}</span>\n\nText`,
    );
  });

  it('makes each item of a <v-clicks> list a step, to its depth, every N items at a time', () => {
    const list = '- a\n  - a1\n- b\n- c';
    expect(only(`<v-clicks>\n\n${list}\n\n</v-clicks>`)?.markdown).toBe(`\n\n- a${S(1)}\n  - a1\n- b${S(2)}\n- c${S(3)}\n\n`);
    expect(only(`<v-clicks depth="2">\n\n${list}\n\n</v-clicks>`)?.steps).toBe(4);
    expect(only(`<v-clicks every="2">\n\n${list}\n\n</v-clicks>`)?.markdown).toBe(`\n\n- a${S(1)}\n  - a1\n- b${S(1)}\n- c${S(2)}\n\n`);
  });

  it('takes at="N" as that click, without counting it', () => {
    const slide = only('<v-click at="3">late</v-click>\n\n<v-click>first</v-click>');
    expect(slide?.steps).toBe(3);
    expect(slide?.markdown).toBe(`<span class="lectern-click">${S(3)}late</span>\n\n<span class="lectern-click">${S(1)}first</span>`);
  });

  it('leaves clicks in code alone', () => {
    expect(only('```html\n<v-click>x</v-click>\n```\n\n`<v-click>`')?.steps).toBeUndefined();
  });

  it('caps at="N" at 100, and a slide at 200 steps', () => {
    expect(only('<v-click at="100000000">late</v-click>')?.steps).toBe(100);
    const items = Array.from({ length: 500 }, (_, n) => `- item ${n}`).join('\n');
    const slide = only(`<v-clicks>\n\n${items}\n\n</v-clicks>`);
    expect(slide?.steps).toBe(200);
    expect(slide?.markdown).toContain(`- item 499${S(200)}`);
  });

  it('shows <v-after> with an at="N" click before it', () => {
    const slide = only('<v-click>one</v-click> <v-click at="3">three</v-click> <v-after>with three</v-after>');
    expect(slide?.steps).toBe(3);
    expect(slide?.markdown).toContain(`<span class="lectern-click">${S(3)}with three</span>`);
  });

  it('reads a click on a line that has a reveal.js fragment too', () => {
    const slide = only('<p v-click>a</p> <!-- .element: class="fragment" -->');
    expect(slide?.steps).toBe(2);
    expect(slide?.markdown).toContain('class="lectern-click"');
  });

  it('reads a long line of unclosed tags in linear time, and still finds the click after it', () => {
    // Before the patterns were bounded, 800 of these took 22 seconds.
    const junk = '<a v-click '.repeat(9000) + '<v-click '.repeat(3000);
    const started = performance.now();
    const slide = only(`${junk}\n\n<b v-click>found</b>`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(slide?.steps).toBe(1);
    expect(slide?.markdown).toContain(`<b class="lectern-click">${S(1)}found</b>`);
  });
});

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
    expect(slide?.steps).toBe(2);
    expect(slide?.markdown).toBe(
      `<div class="lectern-click p-3">${S(1)}a</div>\n\n<p class="lectern-click lectern-click-hide">${S(2)}b</p>\n\n<div class='lectern-click x'>${S(2)}c</div>\n\n<img v-click src="x.png">`,
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
});

import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck';
import { shownSlides } from './shown-slides';
import { slideMarks } from './slide-marks';
import { MAY_HAVE_MARKS } from './marks-hint';

const shown = (source: string) => shownSlides(parseDeck(source), source);
const titles = (source: string): string[] => shown(source).slides.map((s) => s.title);

describe('hidden slides', () => {
  it('leaves out a Slidev slide with hide: true or hidden: true in its front matter', () => {
    const source = '# One\n\n---\nhide: true\n---\n\n# Two\n\n---\nhidden: true\n---\n\n# Three\n\n---\n\n# Four\n';
    expect(titles(source)).toEqual(['One', 'Four']);
  });

  it('reads the deck front matter for the first slide', () => {
    expect(titles('---\ntitle: T\nhide: true\n---\n\n# One\n\n---\n\n# Two\n')).toEqual(['Two']);
    expect(titles('---\ntitle: T\nhide: false\n---\n\n# One\n\n---\n\n# Two\n')).toEqual(['One', 'Two']);
  });

  it('leaves out a remark slide with exclude: true', () => {
    expect(titles('# One\n---\nexclude: true\n# Two\n---\nclass: center\nexclude: true\n# Three\n---\n# Four')).toEqual(['One', 'Four']);
  });

  it('leaves out a Marp slide with <!-- _hide: true -->, alone or with other directives', () => {
    const source = '# One\n\n---\n\n<!-- _hide: true -->\n# Two\n\n---\n\n<!-- _class: lead\n_hide: true -->\n# Three\n\n---\n\n# Four\n';
    expect(titles(source)).toEqual(['One', 'Four']);
  });

  it('leaves out a reveal.js slide with data-visibility="hidden"', () => {
    const source = '# One\n\n---\n\n<!-- .slide: data-visibility="hidden" -->\n# Two\n\n---\n\n<!-- .slide: class="x" data-visibility=hidden -->\n# Three\n\n---\n\n# Four\n';
    expect(titles(source)).toEqual(['One', 'Four']);
  });

  it('numbers the slides left from 0, as if the hidden ones were not in the file', () => {
    const deck = shown('# One\n---\nexclude: true\n# Two\n---\n# Three');
    expect(deck.slides.map((s) => s.index)).toEqual([0, 1]);
  });

  it('gives heading ids as if the hidden slides were not there, so none of theirs is a link target', () => {
    const deck = shown('# Plan\n---\nexclude: true\n# Secret\n---\n# Plan');
    expect(deck.slides.flatMap((s) => s.headings.map((h) => h.id))).toEqual(['plan', 'plan-1']);
    const hiding = shown('exclude: true\n# Plan\n---\n# Plan');
    expect(hiding.slides.flatMap((s) => s.headings.map((h) => h.id))).toEqual(['plan']);
  });

  it('keeps slides whose text only mentions the settings, and settings written in code', () => {
    const source = '# One\n\nhide: true\n\n---\n\n```html\n<!-- _hide: true -->\n<!-- .slide: data-visibility="hidden" -->\n```\n\n---\n\n# Three';
    expect(shown(source).slides).toHaveLength(3);
  });

  it('can leave no slide at all', () => {
    expect(shown('exclude: true\n# One\n---\nexclude: true\n# Two').slides).toEqual([]);
  });
});

describe('slide ids', () => {
  it('reads reveal.js id= and remark name:', () => {
    const source = '# One\n---\n<!-- .slide: id="plan" -->\n# Two\n---\nname: agenda\n# Three';
    expect(slideMarks(source).map((m) => m.id)).toEqual([undefined, 'plan', 'agenda']);
    const deck = shown(source);
    expect(deck.slides.map((s) => s.id)).toEqual([undefined, 'plan', 'agenda']);
    expect(deck.slides[2]?.markdown).not.toContain('agenda');
  });

  it('takes only ids that can stand in a URL hash as written', () => {
    expect(slideMarks('<!-- .slide: id="no way" -->\n# One\n---\nname: 2024\n# Two').map((m) => m.id)).toEqual([undefined, undefined]);
  });

  it('keeps a hidden slide id out of the deck', () => {
    expect(shown('# One\n---\nname: gone\nexclude: true\n# Two').slides.map((s) => s.id)).toEqual([undefined]);
  });
});

describe('MAY_HAVE_MARKS', () => {
  it('is true for every way a slide is hidden or named, so their module is loaded', () => {
    const marked = ['---\nhide: true\n---', '---\nhidden: true\n---', 'exclude: true', '<!-- _hide: true -->', '<!-- .slide: data-visibility="hidden" -->', '<!-- .slide: id="plan" -->', 'name: agenda'];
    for (const source of marked) expect(MAY_HAVE_MARKS.test(`# A\n\n---\n${source}\n# B`), source).toBe(true);
    expect(MAY_HAVE_MARKS.test('# A\n\nThe hidden name of things.\n')).toBe(false);
  });
});

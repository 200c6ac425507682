import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck';
import { shownSlides } from './shown-slides';
import { withLooks } from './slide-looks';
import { remarkSource } from './remark-source';
import { MAY_BE_REMARK_SOURCE } from './remark-source-hint';
import { remarkDeck } from './remark-deck';
import { readDirectives } from './slide-directives';
import { MAX_EXPANDED } from './remark-slides';

/** The deck as the talk gets it: remark's rewrite, parse, looks, then templates and hidden slides. */
function talk(source: string) {
  const text = MAY_BE_REMARK_SOURCE.test(source) ? remarkSource(source) : source;
  return shownSlides(withLooks(parseDeck(text), text, 'https://example.org/deck.md'), text);
}
const markdowns = (source: string): string[] => talk(source).slides.map((s) => s.markdown.trim().replace(/\n{3,}/g, '\n\n'));

describe('plain decks keep their text (review of issue 13)', () => {
  it('keeps {{ content }} and {{ name }} in code of a plain deck', () => {
    const deck = '# Jekyll\n\n```liquid\n<main>{{ content }}</main>\n{% assign f = site.pages[0] %}\n```\n\nInline `{{ name }}` and {{ title }} too.\n';
    const [slide] = markdowns(deck);
    expect(slide).toContain('<main>{{ content }}</main>');
    expect(slide).toContain('`{{ name }}` and {{ title }} too.');
  });

  it('expands {{ }} in a remark deck only outside code, and leaves {{content}} without a template', () => {
    const deck = 'title: Intro\nname: a\n\n# {{ title }}\n\n`{{ title }}`\n\n    {{ title }}\n\n{{content}}\n\n???\nnotes\n';
    const [slide] = markdowns(deck);
    expect(slide).toContain('# Intro');
    expect(slide).toContain('`{{ title }}`');
    expect(slide).toContain('    {{ title }}');
    expect(slide).toContain('{{content}}');
  });

  it('does not make a deck remark for `.x[` in prose, nor read `https:` as a key', () => {
    const deck = '# Arrays\n\nUse items.first[0] or .at[0] (.env[1])\n\n---\n\nWarning: do not do this\n\n---\n\nhttps://example.com\nis our site';
    expect(remarkDeck(deck)).toBe(0);
    expect(markdowns(deck)).toEqual(['# Arrays\n\nUse items.first[0] or .at[0] (.env[1])', 'Warning: do not do this', 'https://example.com\nis our site']);
  });

  it('shows unfenced YAML after a blank line in a plain deck', () => {
    // (Between two `---` it reads as Slidev's per-slide front matter, as before issue 13.)
    const deck = talk('# One\n\n---\n\nname: my-app\nversion: 1.0\n');
    expect(deck.slides.map((s) => s.markdown.trim())).toEqual(['# One', 'name: my-app\nversion: 1.0']);
    expect(deck.slides[1]?.id).toBeUndefined();
  });

  it('in a remark deck: no content class inside a word, no `https:` key, any key only with ??? or a template', () => {
    expect(markdowns('class: center\n\n# A\n\nitems.first[0] and .red[x]\n\n---\nhttps://example.com\n')).toEqual([
      '# A\n\nitems.first[0] and <span class="red">x</span>',
      'https://example.com',
    ]);
    // A remark deck without `???` or a template: `Warning:` is the slide's text.
    expect(markdowns('class: center\n\n# A\n\n---\n\nWarning: do not do this\n')[1]).toBe('Warning: do not do this');
    expect(markdowns('class: center\n\n# A\n\n---\n\ntitle: x\n\n# B\n\n???\nnotes')[1]).toBe('# B');
  });

  it('caps templates that grow without end, with a warning', () => {
    const lines = ['name: t0', 'layout: true', '', 'x'.repeat(1000), '', '---'];
    for (let i = 1; i <= 12; i++) lines.push(`name: t${i}`, `template: t${i - 1}`, '', '{{content}} {{content}} {{content}} {{content}}', '', '---');
    lines.push('template: t12', '', '# End', '', '???', 'n');
    const deck = talk(lines.join('\n'));
    for (const slide of deck.slides) expect(slide.markdown.length).toBeLessThanOrEqual(2 * MAX_EXPANDED);
    expect(deck.warnings.some((w) => w.includes('templates'))).toBe(true);
  });

  it('does not merge slides at a `foo.bar[` in a plain deck', () => {
    expect(markdowns('Call foo.bar[\n\n---\n\n# Two\n\nx]')).toEqual(['Call foo.bar[', '# Two\n\nx]']);
  });

  it('still keeps a `---` inside a remark block on the slide', () => {
    expect(markdowns('class: center\n\n.left-column[\n## A\n---\ntext\n]\n\n---\n\n# B')).toHaveLength(2);
  });

  it('reads background-repeat and class the same in parseDeck and the looks', () => {
    const deck = talk('# One\n---\nbackground-repeat: no-repeat\nclass: center\n# T\n');
    expect(deck.slides[1]?.markdown.trim()).toBe('# T');
    expect(deck.slides[1]?.classes).toEqual(['center']);
  });

  it('numbers a not-counted first slide 1, never 0', () => {
    expect(talk('count: false\n\n# Title\n\n---\n\n# A\n\n---\n\n# B').numbers).toEqual([1, 1, 2]);
    expect(talk('count: false\n\n# Title\n\n---\ncount: false\n\n# A').numbers).toEqual([1, 1]);
  });
});

describe('comments that are not directives', () => {
  it('keeps a `<!-- TODO: x -->` line, so the paragraph stays one', () => {
    expect(readDirectives('line one\n<!-- TODO: x -->\nline two').markdown).toBe('line one\n<!-- TODO: x -->\nline two');
    expect(readDirectives('<!-- _class: lead -->\n# A').local.class).toBe('lead');
  });
});

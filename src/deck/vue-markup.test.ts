import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck';
import { withLooks } from './slide-looks';
import { isSlidevDeck, withoutVueMarkup } from './vue-markup';

const looks = (source: string): string[] => withLooks(parseDeck(source), source, 'https://talks.example/deck.md').slides.map((s) => s.markdown);
const TUTORIAL = '# Sums\n\nBackground: $x^{{n}}$ and $\\frac{{a}}{b}$\n\nIn Jinja write {{ user.name }} to greet\n\n<pre><code>{{ msg }}</code></pre>';

describe('Vue markup, only in Slidev decks', () => {
  it('leaves {{ }} in a deck not written for Slidev: math, template tutorials, raw code', () => {
    const deck = `---\nlayout: center\ntitle: Templates\n---\n\n${TUTORIAL}\n\n---\n\n<div class="note">{{ name }}</div>`;
    expect(looks(deck)[0]).toContain('$x^{{n}}$ and $\\frac{{a}}{b}$');
    expect(looks(deck)[0]).toContain('write {{ user.name }} to');
    expect(looks(deck)[0]).toContain('<code>{{ msg }}</code>');
    expect(looks(deck)[1]).toContain('{{ name }}');
  });

  it('in a Slidev deck, drops {{ }} in prose but never in math or code', () => {
    const deck = `---\ntheme: seriph\nhighlighter: shiki\n---\n\n${TUTORIAL}\n\n$$\n\\sum {{k}}\n$$\n\n<pre>\n{{ raw }}\n</pre>\n\n\\( {{y}} \\) and \`{{ z }}\``;
    const [slide = ''] = looks(deck);
    expect(slide).toContain('$x^{{n}}$ and $\\frac{{a}}{b}$');
    expect(slide).toContain('write  to greet');
    expect(slide).toContain('<code>{{ msg }}</code>');
    expect(slide).toContain('\\sum {{k}}');
    expect(slide).toContain('{{ raw }}');
    expect(slide).toContain('\\( {{y}} \\) and `{{ z }}`');
  });

  it('knows a Slidev deck by its headmatter, per-slide front matter or clicks, and not by a Marp or plain one', () => {
    expect(isSlidevDeck({ mdc: 'true' }, false, '')).toBe(true);
    expect(isSlidevDeck({ theme: 'seriph' }, false, '')).toBe(true);
    expect(isSlidevDeck({}, true, '')).toBe(true);
    expect(isSlidevDeck({}, false, '<div v-click>a</div>')).toBe(true);
    expect(isSlidevDeck({}, false, 'Page {{ $slidev.nav.currentPage }}')).toBe(true);
    expect(isSlidevDeck({ theme: 'gaia', title: 'x', layout: 'center' }, false, 'Hello {{ name }} @me #tag')).toBe(false);
    expect(looks('---\nmarp: true\n---\n\n# M\n\n<div v-click>{{ x }}</div>')[0]).toContain('{{ x }}');
    expect(looks('# Slide\n\n---\nlayout: center\n---\n\n# Two {{ x }}')[1]).toContain('# Two ');
    expect(looks('# Slide\n\n---\nlayout: center\n---\n\n# Two {{ x }}')[1]).not.toContain('{{');
  });

  it('reads long lines of unclosed tags and braces in linear time', () => {
    const line = `${'<a '.repeat(30000)} ${'{{'.repeat(20000)} ${'<Tweet '.repeat(5000)}`;
    const started = performance.now();
    const out = withoutVueMarkup(`${line}\n\nText {{ gone }} <b @click="x">kept</b>`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(out.endsWith('Text  <b>kept</b>')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck';
import { withLooks } from './slide-looks';
import { MAY_HAVE_LOOKS } from './looks-hint';
import { COLUMN_BREAK } from './slide-directives';
import { cssColour, imageUrl } from './look-values';

const URL_BASE = 'https://talks.example/decks/deck.md';
const looks = (source: string) => {
  expect(source).toMatch(MAY_HAVE_LOOKS);
  return withLooks(parseDeck(source), source, URL_BASE).slides;
};

describe('per-slide classes in each dialect', () => {
  it('remark: class lines at the top, layout and background-image', () => {
    const [slide] = looks('class: center, middle\nbackground-image: url(img/bg.jpg)\n\n# Hello');
    expect(slide?.classes).toEqual(['center', 'middle']);
    expect(slide?.background).toEqual({ image: 'https://talks.example/decks/img/bg.jpg' });
    expect(slide?.markdown).toBe('\n# Hello');
  });

  it('reveal.js: a .slide comment with class and backgrounds, taken out of the Markdown', () => {
    const [one, two] = looks(
      '# One\n<!-- .slide: class="dark intro" data-background-color="#102030" -->\n---\n<!-- .slide: data-background-image="pic.png" -->\n# Two',
    );
    expect(one?.classes).toEqual(['dark', 'intro']);
    expect(one?.background).toEqual({ color: '#102030' });
    expect(one?.markdown).not.toContain('.slide');
    expect(two?.background).toEqual({ image: 'https://talks.example/decks/pic.png' });
  });

  it('reveal.js: data-background is a colour or an image', () => {
    const [one, two] = looks('<!-- .slide: data-background="rgb(0, 0, 0)" -->\n# A\n---\n<!-- .slide: data-background="/a.jpg" -->\n# B');
    expect(one?.background).toEqual({ color: 'rgb(0, 0, 0)' });
    expect(two?.background).toEqual({ image: 'https://talks.example/a.jpg' });
  });

  it('Slidev: per-slide front matter configures the slide after it; the deck front matter the first slide', () => {
    const slides = looks('---\nlayout: cover\nclass: hero\n---\n# Title\n---\nlayout: two-cols\nclass: text-sm\n---\n# Left\n::right::\n# Right');
    expect(slides).toHaveLength(2);
    expect(slides[0]?.layout).toBe('title');
    expect(slides[0]?.classes).toEqual(['hero']);
    expect(slides[1]?.layout).toBe('two-columns');
    expect(slides[1]?.classes).toEqual(['text-sm']);
    expect(slides[1]?.markdown).toBe(`# Left\n\n${COLUMN_BREAK}\n\n# Right`);
  });

  it('Slidev and Lectern: bg: in front matter', () => {
    const [, second] = looks('# A\n---\nbg: "#223344"\n---\n# B');
    expect(second?.background).toEqual({ color: '#223344' });
  });

  it('Marp: _class for one slide, class from here on, and marp front matter for every slide', () => {
    const slides = looks('---\nmarp: true\nclass: invert\n---\n# A\n---\n<!-- _class: lead -->\n# B\n---\n<!-- class: plain -->\n# C\n---\n# D');
    expect(slides.map((s) => s.classes)).toEqual([['invert'], ['invert', 'lead'], ['plain'], ['plain']]);
    expect(slides[1]?.markdown).toBe('\n# B');
  });

  it('Marp: background colour directives', () => {
    const [a, b] = looks('<!-- _backgroundColor: navy -->\n# A\n---\n# B');
    expect(a?.background).toEqual({ color: 'navy' });
    expect(b?.background).toBeUndefined();
  });

  it('Landslide: .fx: lines become classes and leave the slide', () => {
    const [slide] = looks('# Title\n.fx: center   quote\n\nText');
    expect(slide?.classes).toEqual(['center', 'quote']);
    expect(slide?.layout).toBe('quote');
    expect(slide?.markdown).toBe('# Title\n\nText');
  });

  it('a ||| line makes two columns; only the first splits', () => {
    const [slide] = looks('## Both\n\nleft\n|||\nright\n|||\nmore');
    expect(slide?.layout).toBe('two-columns');
    expect(slide?.markdown).toBe(`## Both\n\nleft\n\n${COLUMN_BREAK}\n\nright\n|||\nmore`);
  });

  it('directives and split lines inside code fences are code, not settings', () => {
    const source = '# Demo\n```md\n<!-- .slide: class="x" -->\n.fx: y\n|||\n```\n<!-- _class: z -->';
    const [slide] = looks(source);
    expect(slide?.classes).toEqual(['z']);
    expect(slide?.layout).toBeUndefined();
    expect(slide?.markdown).toBe('# Demo\n```md\n<!-- .slide: class="x" -->\n.fx: y\n|||\n```\n');
  });

  it('an explicit layout other than two-columns keeps the ||| line as text', () => {
    const [slide] = looks('<!-- .slide: data-layout="quote" -->\n> a\n|||');
    expect(slide?.layout).toBe('quote');
    expect(slide?.markdown).toContain('|||');
  });

  it('unknown classes are kept, duplicates dropped', () => {
    const [slide] = looks('class: my-own, my-own, Big_1\n\n# X');
    expect(slide?.classes).toEqual(['my-own', 'Big_1']);
  });
});

describe('hostile values are dropped, never repaired', () => {
  it('class names with quotes, angle brackets or script are dropped whole', () => {
    const [slide] = looks('<!-- .slide: class=\'a "><script>alert(1)</script> b\' -->\n.fx: c" onload="x\n# X');
    expect(slide?.classes).toEqual(['a', 'b']);
  });

  it('colours: no url(), var(), expression(), ; or }', () => {
    for (const bad of ['red; background: url(x)', 'expression(alert(1))', 'url(javascript:alert(1))', 'red}', 'var(--x)', 'rgb(1,2,3);x', '#12345']) {
      expect(cssColour(bad), bad).toBeUndefined();
    }
    expect(cssColour('oklch(70% 0.1 200 / 50%)')).toBe('oklch(70% 0.1 200 / 50%)');
  });

  it('images: only http(s), resolved against the deck; quotes stay inside the URL', () => {
    expect(imageUrl('javascript:alert(1)', URL_BASE)).toBeUndefined();
    expect(imageUrl('data:image/png;base64,AAAA', URL_BASE)).toBeUndefined();
    expect(imageUrl('url("a b\\").png")', URL_BASE)).toMatch(/^https:\/\/talks\.example\/decks\/[^"\s]*$/);
    expect(imageUrl('x") ; color: red', URL_BASE)).not.toContain('"');
  });

  it('a hostile background leaves the slide without one', () => {
    const [a, b] = looks('<!-- .slide: data-background-image="javascript:alert(1)" -->\n# A\n---\nbg: expression(alert(1))\n---\n# B');
    expect(a?.background).toBeUndefined();
    expect(b?.background).toBeUndefined();
  });
});

describe('MAY_HAVE_LOOKS', () => {
  it('leaves plain decks alone, so they never load the looks', () => {
    expect('# Hello\n\nSome text with class: in it, and a || b\n---\n## Bye <!-- a comment -->').not.toMatch(MAY_HAVE_LOOKS);
  });

  it('catches every dialect, also at the top of a later slide', () => {
    for (const line of ['class: x', 'layout: x', 'bg: red', 'background-image: url(a)', 'backgroundColor: red', '.fx: x', '|||', '::right::', '<!-- .slide: class="x" -->', '<!--_class: x -->', '<!-- backgroundImage: url(a) -->', '<!--\n_backgroundColor: #123\n-->']) {
      expect(`# A\n---\n${line}\n# B`, line).toMatch(MAY_HAVE_LOOKS);
    }
  });
});

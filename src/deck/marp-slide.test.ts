import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck';
import { withLooks } from './slide-looks';
import { MAY_HAVE_LOOKS } from './looks-hint';
import { readMarpImages } from './marp-images';
import { globalStyles, marpSlide, MARP_FIT, MARP_FOOTER, MARP_HEADER } from './marp-slide';

const parser = { marpSlide, globalStyles };
import { slideMarks } from './slide-marks';
import { withCommentNotes } from './comment-notes';
import { withSteps } from './slide-steps';

const BASE = 'https://talks.example/decks/deck.md';
const marp = (body: string, front = '') => {
  const source = `---\nmarp: true\n${front}---\n\n${body}`;
  expect(source).toMatch(MAY_HAVE_LOOKS);
  return withLooks(parseDeck(source), source, BASE, parser).slides;
};
const images = (markdown: string) => readMarpImages(markdown, BASE, () => true);

describe('Marp image syntax', () => {
  it('a bg image is a background, out of the Markdown, its URL resolved against the deck', () => {
    const found = images('# A\n![bg](img/sky.png)\ntext');
    expect(found.backgrounds).toEqual([{ url: 'https://talks.example/decks/img/sky.png' }]);
    expect(found.markdown).toBe('# A\n\ntext');
  });

  it('reads sizes, filters, a split and vertical', () => {
    const found = images('![bg contain](a.png)\n![bg fit](b.png)\n![bg 40%](c.png)\n![bg auto sepia blur:4px](d.png)\n![bg right:30% vertical](e.png)\n![bg w:200px h:100](f.png)');
    expect(found.backgrounds.map((b) => b.size)).toEqual(['contain', 'contain', '40%', 'auto', undefined, '200px 100px']);
    expect(found.backgrounds[3]?.filter).toBe('sepia(1) blur(4px)');
    expect(found.split).toEqual({ side: 'right', size: 30 });
    expect(found.vertical).toBe(true);
  });

  it('left without a size is half the slide; a first split wins', () => {
    expect(images('![bg left](a.png)\n![bg right:20%](b.png)').split).toEqual({ side: 'left', size: 50 });
  });

  it('drops what is not a safe URL or value', () => {
    const found = images('![bg blur:1px;x](javascript:alert)\n![bg](data:image/png;base64,AAAA)');
    expect(found.backgrounds).toEqual([]);
    expect(found.markdown).not.toContain('javascript');
  });

  it('w: and h: size an inline image and leave its alt text', () => {
    expect(images('![w:300px A "cat"](cat.png)').markdown).toBe('<img src="cat.png" alt="A &#34;cat&#34;" style="width:300px">');
    expect(images('![h:120](x.png) and ![width:200px height:10em](y.png)').markdown).toBe(
      '<img src="x.png" alt="" style="height:120px"> and <img src="y.png" alt="" style="width:200px;height:10em">',
    );
    expect(images('![w:1px;color:red](x.png)').markdown).toBe('![w:1px;color:red](x.png)');
  });

  it('leaves images in code alone', () => {
    const found = readMarpImages('```\n![bg](a.png)\n```\nWrite `![bg](x.png)` or ``![w:1](y.png)``.', BASE, (i) => i !== 1);
    expect(found.backgrounds).toEqual([]);
    expect(found.markdown).toContain('Write `![bg](x.png)` or ``![w:1](y.png)``.');
  });
});

describe('Marp directives on slides', () => {
  it('paginate, header and footer from the front matter, sticky and local; an empty value clears', () => {
    const slides = marp('# A\n---\n<!-- _paginate: false -->\n<!-- _footer: "" -->\n# B\n---\n<!-- header: Part *two* -->\n# C\n---\n<!-- header: -->\n# D', 'paginate: true\nfooter: "ACME 2026"\n');
    expect(slides.map((s) => s.marp?.paginate ?? false)).toEqual([true, false, true, true]);
    expect(slides.map((s) => s.markdown.includes(MARP_FOOTER))).toEqual([true, false, true, true]);
    expect(slides.map((s) => s.markdown.includes(MARP_HEADER))).toEqual([false, false, true, false]);
    expect(slides[2]?.markdown).toContain('Part *two*');
    expect(slides[0]?.markdown).toContain('ACME 2026');
  });

  it('color is a checked colour', () => {
    const [a, b] = marp('<!-- _color: #ff0 -->\n# A\n---\n<!-- _color: red;background:url(x) -->\n# B');
    expect(a?.marp?.color).toBe('#ff0');
    expect(b?.marp?.color).toBeUndefined();
  });

  it('a directive comment over several lines is read, and is not a note', () => {
    const source = '---\nmarp: true\n---\n# A\n---\n<!--\n_class: lead\n_hide: true\n-->\n# Hidden\n---\n<!--\n_class: lead\n_paginate: true\n-->\n# C';
    const slides = withLooks(withCommentNotes(parseDeck(source), source), source, BASE, parser).slides;
    expect(slides[2]?.classes).toEqual(['lead']);
    expect(slides[2]?.marp?.paginate).toBe(true);
    expect(slides[2]?.notes).toBe('');
    expect(slides[2]?.markdown).not.toContain('_class');
    expect(slideMarks(source).map((m) => m.hidden)).toEqual([false, true, false]);
  });

  it('a fit heading gets its marker; bg images ride on the slide', () => {
    const [slide] = marp('# <!-- fit --> Big title\n\n![bg left:40%](a.png)\n\ntext');
    expect(slide?.markdown).toContain(`# Big title <span class="${MARP_FIT}"></span>`);
    expect(slide?.marp?.split).toEqual({ side: 'left', size: 40 });
    expect(slide?.markdown).not.toContain('![bg');
    expect(slide?.title).toBe('Big title');
    expect(slide?.headings[0]).toMatchObject({ text: 'Big title', id: 'big-title' });
  });

  it('a slide of bg images only has no title from them', () => {
    const [, slide] = marp('# A\n---\n![bg contain](a.png)\n![bg](b.png)', 'header: Deck header\n');
    expect(slide?.title).toBe('');
  });

  it('bg outside a Marp deck is a plain image (a line that starts with ![bg] makes a Marp deck: marp-deck.ts)', () => {
    const source = '<!-- _class: lead -->\nSee ![bg](a.png)';
    const [slide] = withLooks(parseDeck(source), source, BASE, parser).slides;
    expect(slide?.markdown).toContain('![bg](a.png)');
    expect(slide?.marp).toBeUndefined();
  });
});

describe('Marp global directives', () => {
  it('size: 4:3 is the deck ratio', () => {
    const source = '---\nmarp: true\nsize: 4:3\n---\n# A';
    expect(withLooks(parseDeck(source), source, BASE, parser).meta.ratio).toBe('4:3');
    const plain = '---\nmarp: true\nsize: 16:9\n---\n# A';
    expect(withLooks(parseDeck(plain), plain, BASE, parser).meta.ratio).toBe('16:9');
  });
});

describe('Marp styles', () => {
  it('a <style> without scoped is for every slide; scoped stays on its own', () => {
    expect(globalStyles(['# A\n<style>\nsection { color: red; }\n\nh1 { x: y }\n</style>', '<style scoped>\np { color: blue; }\n</style>', '```\n<style>code</style>\n```'])).toBe(
      '\nsection { color: red; }\n\nh1 { x: y }\n',
    );
    const slides = marp('# A\n---\n# B\n<style>\nh1 { color: red; }\n</style>\n<style scoped>\np { color: blue; }\n</style>', 'style: |\n  p { color: green; }\n');
    // The same deck-wide style on every slide, carried beside the Markdown, not in it.
    const style = { css: 'p { color: green; }\n\nh1 { color: red; }', deckUrl: BASE };
    expect(slides.map((s) => s.marp?.style)).toEqual([style, style]);
    expect(slides[0]?.markdown).not.toContain('<style');
    // Where it was written, it is taken out line for line; a scoped one stays.
    expect(slides[1]?.markdown).toBe('# B\n\n\n\n<style scoped>\np { color: blue; }\n</style>');
  });

  it('a global style adds no build step and no step marker inside the CSS', () => {
    const source = '---\nmarp: true\n---\n\n# A\n\n* one\n\n<style>\n* { color: navy }\n</style>\n\n---\n\n# B\n\n<style scoped>\n* { color: red }\n</style>';
    const slides = withSteps(withLooks(parseDeck(source), source, BASE, parser), source).slides;
    expect(slides.map((s) => s.steps ?? 0)).toEqual([1, 0]);
    expect(slides[1]?.markdown).toContain('<style scoped>\n* { color: red }\n</style>');
  });
});

describe('the e2e Marp deck', () => {
  it('keeps its comments as notes, and its directive comments out of them', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../e2e/fixtures/marp/deck.md', import.meta.url), 'utf8');
    const slides = withLooks(withCommentNotes(parseDeck(source), source), source, BASE, parser).slides;
    expect(slides[0]?.notes).toBe('Welcome everyone, introduce yourself.');
    expect(slides[9]?.notes).toBe('Notes for the global style slide.');
    expect(slides.map((s) => s.notes).join('\n')).not.toMatch(/_class|_hide|_paginate|_header/);
  });
});

import { describe, expect, it } from 'vitest';
import { isMarpDeck } from './marp-deck';

describe('isMarpDeck', () => {
  it('is true for marp: true in the front matter', () => {
    expect(isMarpDeck('---\nmarp: true\n---\n# A')).toBe(true);
    expect(isMarpDeck('---\nmarp: false\ntheme: gaia\n---\n# A')).toBe(false);
  });

  it('is true for a Marp CLI deck without that line: Marp directives in the front matter, ![bg] or a _directive', () => {
    expect(isMarpDeck('---\ntheme: gaia\npaginate: true\n---\n# A')).toBe(true);
    expect(isMarpDeck('---\nheadingDivider: 2\ntheme: uncover\n---\n# A')).toBe(true);
    expect(isMarpDeck('# A\n\n![bg left:40% 80%](logo.svg)')).toBe(true);
    expect(isMarpDeck('# A\n---\n<!--\n_backgroundColor: #123\n_color: #fff\n-->\n# B')).toBe(true);
    expect(isMarpDeck('<!-- _paginate: false -->\n# A')).toBe(true);
  });

  it('is false for plain Markdown and other tools', () => {
    expect(isMarpDeck('# A\n\nSee ![bg](x.png) in a sentence, and ![bgcolor](y.png)\n---\n<!-- class: lead -->')).toBe(false);
    expect(isMarpDeck('<!-- _class: lead -->\n# A\n---\n<!-- _hide: true -->\n# B')).toBe(false);
    expect(isMarpDeck('---\ntitle: T\ntheme: dark\nlayout: cover\n---\n# A\n```\n<!-- _class: lead -->\n```')).toBe(false);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck';

const fixtures = join(import.meta.dirname, 'fixtures');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

describe('golden fixtures: each .md parses to the deck model in its .json', () => {
  const names = readdirSync(fixtures).filter((f) => f.endsWith('.md'));
  it.each(names)('%s', (name) => {
    const expected: unknown = JSON.parse(read(name.replace(/\.md$/, '.json')));
    expect(parseDeck(read(name))).toEqual(expected);
  });
});

describe('the seed deck (Lightweight Virtualization with Docker)', () => {
  const seed = readFileSync(join(import.meta.dirname, '../../e2e/fixtures/seed-deck/slides.md'), 'utf8');
  const deck = parseDeck(seed);

  it('has the 33 slides its author meant, with these titles', () => {
    expect(deck.slides.map((s) => s.title)).toEqual([
      'Lightweight Virtualization with Docker',
      'Code Sample',
      '!bash',
      'Lightweight Virtualization with Docker',
      'Stuff',
      "What's a container?",
      'UnionFS (aufs)',
      'Intalling Docker',
      'Docker Versions',
      "What's Docker?",
      "What's bad?",
      'Changes',
      'What else?',
      'What does it all mean? - what it gives us',
      'Projects around Docker',
      'Docker and OpenStack in Havana (deprecated)',
      'Docker and OpenStack in IceHouse',
      'Creating/using a Docker private repo',
      'Invocation: Options',
      'Using the REST API:',
      'Demo',
      'Images:',
      'Internals:',
      'Slide #2',
      'Docker Versions',
      'Running Docker',
      'Demo1 - Basic interaction',
      'Demo2 - Daemon attach/detach',
      'Demo3 - Open ports',
      'Demo4 - Example envts',
      'Links - 1',
      'Links - 2',
      'Questions?',
    ]);
  });

  it('keeps the setext "Stuff" heading and the "-name" subheading inside their slides', () => {
    expect(deck.slides[4]?.headings).toEqual([{ level: 2, text: 'Stuff', id: 'stuff' }]);
    expect(deck.slides[18]?.headings.map((h) => h.text)).toEqual(['Invocation: Options', '-name']);
  });

  it('numbers repeated heading ids across the deck', () => {
    expect(deck.slides[3]?.headings[0]?.id).toBe('lightweight-virtualization-with-docker-1');
    expect(deck.slides[24]?.headings[0]?.id).toBe('docker-versions-1');
  });

  it('collects its reference-link definitions for every slide', () => {
    expect(deck.linkDefinitions.split('\n')).toEqual([
      '[html5slides]: http://code.google.com/p/html5slides/',
      '[sample]: http://adamzap.com/misc/presentation.html',
    ]);
  });

  it('parses with no warnings and no notes', () => {
    expect(deck.warnings).toEqual([]);
    expect(deck.slides.every((s) => s.notes === '' && s.inlineNotes === '')).toBe(true);
  });
});

describe('line endings and byte-order mark', () => {
  it.each(['fences.md', 'notes.md', 'front-matter.md'])('%s parses the same with CRLF and a BOM', (name) => {
    const lf = read(name);
    expect(parseDeck(`\uFEFF${lf.replace(/\n/g, '\r\n')}`)).toEqual(parseDeck(lf));
  });
});

describe('edge cases', () => {
  it('gives no slides for empty or blank input', () => {
    expect(parseDeck('').slides).toEqual([]);
    expect(parseDeck(' \n\n\t\n').slides).toEqual([]);
    expect(parseDeck('---\ntitle: Only config\n---\n').slides).toEqual([]);
  });

  it('keeps a deck with no separator as one slide', () => {
    expect(parseDeck('# Alone').slides.map((s) => s.title)).toEqual(['Alone']);
  });

  it("reads remark's property lines from a slide's first line, blank lines among them; after a blank line, only remark decks do (remark-deck.ts)", () => {
    const slides = parseDeck('# One\n---\nclass: center, middle\n\nbackground-color: #123\n# Two\n---\n\nclass: x\n# Three\n---\n\nDocker: a primer').slides;
    expect(slides.map((s) => s.markdown)).toEqual(['# One', '# Two', '\nclass: x\n# Three', '\nDocker: a primer']);
  });

  it('allows trailing spaces after a separator but not other text', () => {
    expect(parseDeck('a\n---   \nb\n--- x\n').slides.map((s) => s.markdown)).toEqual(['a', 'b\n--- x\n']);
  });

  it('never lets front matter reach a prototype, even with object-valued keys', () => {
    const source = ['---', 'title: Safe', '__proto__:', '  polluted: yes', 'constructor:', '  prototype:', '    polluted: yes', '---', '# Slide'];
    const deck = parseDeck(source.join('\n'));
    expect(deck.slides.map((s) => s.title)).toEqual(['Slide']);
    expect(deck.meta).toEqual({ ratio: '16:9', title: 'Safe' });
    expect(Object.getPrototypeOf(deck.meta)).toBe(Object.prototype);
    expect((deck.meta as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The string-valued keys of the fixture are ignored too, and only known keys reach the model.
    expect(Object.keys(parseDeck(read('front-matter.md')).meta).sort()).toEqual(['author', 'durationSeconds', 'ratio', 'title']);
  });

  it('reads an unknown ratio as 16:9 and says so', () => {
    const deck = parseDeck('---\nratio: 21:9\n---\n# A');
    expect(deck.meta.ratio).toBe('16:9');
    expect(deck.warnings[0]).toMatch(/21:9/);
  });

  it('reports the line of an unclosed fence counting the front matter', () => {
    expect(parseDeck('---\ntitle: T\n---\n# A\n```\ncode\n---\n# B').warnings).toEqual([
      'Line 5: code fence ``` is never closed; it ends at the next --- line.',
    ]);
  });

  it('ends every unclosed fence at its own separator in a 20,000-slide deck', () => {
    const source = Array.from({ length: 20000 }, (_, i) => `# S${i}\n\`\`\`bash\ncode`).join('\n---\n');
    const deck = parseDeck(source);
    expect(deck.slides).toHaveLength(20000);
    expect(deck.slides[19999]?.title).toBe('S19999');
  });
});

describe("Slidev's per-slide front matter", () => {
  it('is settings, not a slide, also with nested values and lists under its keys', () => {
    const source = '# One\n\n---\nfoo: bar\ndragPos:\n  square: 691,32,167,_,-16\nclicks:\n- 1\n---\n\n# Two';
    expect(parseDeck(source).slides.map((s) => s.title)).toEqual(['One', 'Two']);
  });

  it('needs a key Slidev knows, so a slide of key: value text stays a slide', () => {
    const source = '# One\n\n---\nDocker: a primer\n  by Ada\n---\n\n# Two';
    expect(parseDeck(source).slides.map((s) => s.title)).toEqual(['One', 'Docker: a primer', 'Two']);
  });
});

describe('titles and heading ids', () => {
  it('leave out HTML comments, such as Marp\'s <!-- fit -->', () => {
    const [slide] = parseDeck('# <!-- fit --> Big <!-- why --> title').slides;
    expect(slide?.title).toBe('Big title');
    expect(slide?.headings).toEqual([{ level: 1, text: 'Big title', id: 'big-title' }]);
  });
});

describe('raw HTML blocks (<pre>, <script>, <textarea>)', () => {
  it('reads a fence inside <pre> as part of it, as CommonMark does, so it swallows no separator', () => {
    // remark's introduction deck shows a code fence as an example this way.
    const deck = parseDeck('# Code\n\n<pre><code>```javascript\nvar a = 1;\n```</code></pre>\n\n---\n\n# Next\n\n???\nNotes');
    expect(deck.slides.map((s) => s.title)).toEqual(['Code', 'Next']);
    expect(deck.slides[1]?.notes).toBe('Notes');
    expect(deck.warnings).toEqual([]);
  });

  it('keeps a --- inside a closed <pre> block on its slide, and ends an unclosed one at the next separator', () => {
    expect(parseDeck('<pre>\nkey: 1\n---\nmore\n</pre>\n\n# After').slides).toHaveLength(1);
    const slides = parseDeck('<PRE class="x">\nnever closed\n---\n# Two\n---\n<pre>\n---\n# Four').slides;
    expect(slides.map((s) => s.markdown.split('\n')[0])).toEqual(['<PRE class="x">', '# Two', '<pre>', '# Four']);
  });

  it('does not take <preview> or <pre> further than three spaces in for a block', () => {
    expect(parseDeck('<preview>\n---\n</pre>').slides).toHaveLength(2);
    expect(parseDeck('    <pre>\n---\n</pre>').slides).toHaveLength(2);
    expect(parseDeck('<pre>\n---\n</pre>').slides).toHaveLength(1);
  });
});

describe('parseDeck: a blank start before the only slide', () => {
  it('keeps that slide', () => {
    expect(parseDeck('\n---\n# Only slide\n').slides.map((s) => s.title)).toEqual(['Only slide']);
    expect(parseDeck('---\ntitle: T\n---\n\n---\n\n# Only slide\n').slides).toHaveLength(1);
    expect(parseDeck('\n---\n\n').slides).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDuration, readFrontMatter } from './front-matter';

describe('parseDuration', () => {
  it.each([
    ['20m', 1200],
    ['20 min', 1200],
    ['90s', 90],
    ['1h30m', 5400],
    ['45', 2700],
    ['1:30', 90],
    ['1:00:00', 3600],
  ])('%j is %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', 'soon', '0m', '-5m'])('%j is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('readFrontMatter', () => {
  const read = (text: string) => readFrontMatter(text.split('\n'));

  it('reads YAML with comments, quoted colons, lists and block scalars', () => {
    const front = read(
      '---\ntitle: "Quoted: colon"\nratio: 4:3\n# a yaml comment\ntags:\n- alpha\n- beta\ninfo: |\n  ## Not a heading\nduration: 20m\n---\n# Slide',
    );
    expect(front.meta).toEqual({ title: 'Quoted: colon', ratio: '4:3', durationSeconds: 1200 });
    expect(front.lineCount).toBe(11);
  });

  it('reads a built-in theme: and a stylesheet css:, and leaves other tools\' values alone', () => {
    expect(read('---\ntheme: Dark\ncss: look/theme.css\n---\n# Slide').meta).toEqual({ ratio: '16:9', theme: 'dark', css: 'look/theme.css' });
    expect(read('---\ntheme: high-contrast\n---\n# Slide').meta.theme).toBe('high-contrast');
    expect(read('---\ntheme: gaia\ncss: unocss\n---\n# Slide').meta).toEqual({ ratio: '16:9' });
  });

  it('takes a Slidev-style block with only keys Lectern ignores', () => {
    expect(read('---\ntheme: seriph\n---\n# Slide').lineCount).toBe(3);
  });

  it('leaves a first slide that only looks like a key alone', () => {
    expect(read('---\nDocker: a primer\n---\n# Slide').lineCount).toBe(0);
    expect(read('---\n# A heading\n---\n').lineCount).toBe(0);
    expect(read('---\ntitle: T\nJust a sentence.\n---\n').lineCount).toBe(0);
  });
});

describe('front matter being typed', () => {
  const read = (text: string) => readFrontMatter(text.split('\n'));

  it('is named when it starts with a known key but is never closed', () => {
    expect(read('---\ntitle: My talk\nauthor: Jo').warnings).toEqual([
      'Line 1: front matter is not finished (not YAML, or no closing --- line); it is shown as a slide.',
    ]);
  });

  it('is named when it is closed but not YAML yet', () => {
    const front = read('---\ntitle: My talk\nauth\n---\n# First');
    expect(front.lineCount).toBe(0);
    expect(front.warnings).toHaveLength(1);
  });

  it('is not confused with a first slide that starts with a separator', () => {
    expect(read('---\nDocker: a primer\n---\n# Next').warnings).toEqual([]);
    expect(read('---\n# Title\n\ntext').warnings).toEqual([]);
    expect(read('---\ntitle: Done\n---\n# First').warnings).toEqual([]);
  });
});

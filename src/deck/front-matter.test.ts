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

  it('takes a Slidev-style block with only keys Lectern ignores', () => {
    expect(read('---\ntheme: seriph\n---\n# Slide').lineCount).toBe(3);
  });

  it('leaves a first slide that only looks like a key alone', () => {
    expect(read('---\nDocker: a primer\n---\n# Slide').lineCount).toBe(0);
    expect(read('---\n# A heading\n---\n').lineCount).toBe(0);
    expect(read('---\ntitle: T\nJust a sentence.\n---\n').lineCount).toBe(0);
  });
});

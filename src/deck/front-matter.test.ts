import { describe, expect, it } from 'vitest';
import { parseDuration } from './front-matter';

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

import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor } from './contrast';

describe('contrastRatio', () => {
  it('is 21 for black on white, either way round, and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('rgb(255, 255, 255)', 'rgb(0, 0, 0)')).toBeCloseTo(21, 5);
    expect(contrastRatio('#5c6673', '#5c6673')).toBe(1);
  });

  it('matches published WCAG figures', () => {
    // #767676 on white is the classic lightest grey that passes AA (4.54:1); #777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('rgb(0, 0, 255)', 'rgb(255, 255, 255)')).toBeCloseTo(8.59, 2);
  });

  it('reads computed-style colours and refuses what has no contrast of its own', () => {
    expect(parseColor('rgba(10, 20, 30, 1)')).toEqual([10, 20, 30]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toBeUndefined();
    expect(contrastRatio('rgba(0, 0, 0, 0.5)', '#fff')).toBeNaN();
  });
});

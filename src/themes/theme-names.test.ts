import { describe, expect, it } from 'vitest';
import { chooseTheme, nextTheme, THEMES } from './theme-names';

describe('themes', () => {
  it('cycles light, dark, high-contrast and back to light', () => {
    expect(THEMES.map(nextTheme)).toEqual(['dark', 'high-contrast', 'light']);
  });

  it('takes the key over the URL over the deck, skipping names it does not know', () => {
    expect(chooseTheme({})).toBe('light');
    expect(chooseTheme({ meta: 'dark' })).toBe('dark');
    expect(chooseTheme({ meta: 'dark', query: 'high-contrast' })).toBe('high-contrast');
    expect(chooseTheme({ meta: 'dark', query: 'High-Contrast', stored: 'light' })).toBe('light');
    // Marp's `theme: gaia` and a mistyped ?theme= do not blank the deck's own choice.
    expect(chooseTheme({ meta: 'gaia' })).toBe('light');
    expect(chooseTheme({ meta: 'dark', query: 'drak', stored: null })).toBe('dark');
  });
});

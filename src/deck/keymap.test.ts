import { describe, expect, it } from 'vitest';
import { KEYMAP, actionFor, typeDigit } from './keymap';

describe('actionFor', () => {
  it.each([
    ['ArrowRight', false, 'next'],
    ['ArrowDown', false, 'next'],
    ['PageDown', false, 'next'],
    [' ', false, 'next'],
    ['ArrowLeft', false, 'previous'],
    ['ArrowUp', false, 'previous'],
    ['PageUp', false, 'previous'],
    [' ', true, 'previous'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['x', false, undefined],
  ] as const)('%j (shift %s) → %s', (key, shiftKey, action) => {
    expect(actionFor({ key, shiftKey })).toBe(action);
  });

  it('binds no key twice', () => {
    const keys = KEYMAP.flatMap((b) => b.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('typeDigit', () => {
  it('collects digits and goes on Enter', () => {
    let state = typeDigit('', '1');
    state = typeDigit(state.buffer, '2');
    expect(state).toEqual({ buffer: '12' });
    expect(typeDigit(state.buffer, 'Enter')).toEqual({ buffer: '', goto: 12 });
  });

  it('forgets the digits on any other key, and Enter alone does nothing', () => {
    expect(typeDigit('4', 'ArrowRight')).toEqual({ buffer: '' });
    expect(typeDigit('', 'Enter')).toEqual({ buffer: '' });
  });
});

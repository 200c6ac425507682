import { describe, expect, it } from 'vitest';
import { KEYMAP, actionFor, keyLabel, typeDigit } from './keymap';

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
    ['ArrowRight', true, 'next'],
    ['x', false, undefined],
    ['s', false, 'openPresenter'],
    ['p', false, 'openPresenter'],
    ['2', false, 'toggleNotes'],
    ['Escape', false, 'overview'],
    ['o', false, 'overview'],
    ['t', false, 'toc'],
    ['?', true, 'help'],
    ['h', false, 'help'],
    ['b', false, 'blackout'],
    ['.', false, 'blackout'],
    ['w', false, 'whiteout'],
    ['f', false, 'fullscreen'],
  ] as const)('%j (shift %s) → %s in the audience view', (key, shiftKey, action) => {
    expect(actionFor({ key, shiftKey })).toBe(action);
  });

  it.each([
    ['+', true, 'notesBigger'],
    ['=', false, 'notesBigger'],
    ['-', false, 'notesSmaller'],
    ['k', false, 'pauseTimer'],
    ['R', true, 'resetTimer'],
    ['r', false, undefined],
    ['s', false, undefined],
    ['2', false, undefined],
    [' ', false, 'next'],
  ] as const)('%j (shift %s) → %s in the presenter view', (key, shiftKey, action) => {
    expect(actionFor({ key, shiftKey }, 'presenter')).toBe(action);
  });

  it('binds no key twice within a view', () => {
    for (const scope of ['audience', 'presenter'] as const) {
      const keys = KEYMAP.filter((b) => b.scope === 'any' || b.scope === scope).flatMap((b) => b.keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
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

describe('keyLabel', () => {
  it.each([
    [' ', 'Space'],
    ['Shift+ ', 'Shift+Space'],
    ['ArrowRight', '→'],
    ['Escape', 'Esc'],
    ['R', 'Shift+R'],
    ['+', '+'],
    ['t', 't'],
  ])('%j is written %j', (key, label) => {
    expect(keyLabel(key)).toBe(label);
  });
});

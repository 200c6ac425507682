import { describe, expect, it } from 'vitest';
import { KEYMAP, actionFor, isMove } from './keymap';
import { keyLabel } from './key-help';

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
    ['B', false, 'blackout'],
    ['T', true, 'toc'],
    ['j', false, 'next'],
    ['k', false, 'previous'],
    ['K', false, 'previous'],
    ['c', false, 'cloneWindow'],
    ['m', false, 'mirror'],
    ['d', false, 'theme'],
    ['P', true, 'openPresenter'],
  ] as const)('%j (shift %s) → %s in the audience view', (key, shiftKey, action) => {
    expect(actionFor({ key, shiftKey })).toBe(action);
  });

  it.each([
    ['+', true, 'notesBigger'],
    ['=', false, 'notesBigger'],
    ['-', false, 'notesSmaller'],
    ['P', true, 'pauseTimer'],
    ['p', true, 'pauseTimer'],
    ['p', false, undefined],
    ['P', false, undefined],
    ['k', false, 'previous'],
    ['j', false, 'next'],
    ['c', false, 'cloneWindow'],
    ['m', false, undefined],
    ['R', true, 'resetTimer'],
    ['r', true, 'resetTimer'],
    ['R', false, undefined],
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

describe('isMove', () => {
  it('is true only for actions that change the slide', () => {
    expect(KEYMAP.filter((b) => isMove(b.action)).map((b) => b.action)).toEqual(['next', 'previous', 'first', 'last']);
  });
});

describe('keyLabel', () => {
  it.each([
    [' ', 'Space'],
    ['Shift+ ', 'Shift+Space'],
    ['ArrowRight', '→'],
    ['Escape', 'Esc'],
    ['Shift+R', 'Shift+R'],
    ['+', '+'],
    ['t', 't'],
  ])('%j is written %j', (key, label) => {
    expect(keyLabel(key)).toBe(label);
  });
});

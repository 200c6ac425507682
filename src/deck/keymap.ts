/**
 * The one key map: it drives the keyboard controller and the help overlay,
 * so the two cannot disagree. Keys are `KeyboardEvent.key` values; a
 * `Shift+` form is listed only where Shift changes the meaning of a key.
 */

export type Action =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'toggleNotes'
  | 'openPresenter'
  | 'notesBigger'
  | 'notesSmaller'
  | 'pauseTimer'
  | 'resetTimer';

/** Which view a binding works in. */
export type Scope = 'any' | 'audience' | 'presenter';

export interface KeyBinding {
  action: Action;
  keys: readonly string[];
  description: string;
  scope: Scope;
}

export const KEYMAP: readonly KeyBinding[] = [
  { action: 'next', keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' '], description: 'Next slide', scope: 'any' },
  { action: 'previous', keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+ '], description: 'Previous slide', scope: 'any' },
  { action: 'first', keys: ['Home'], description: 'First slide', scope: 'any' },
  { action: 'last', keys: ['End'], description: 'Last slide', scope: 'any' },
  { action: 'openPresenter', keys: ['s', 'p'], description: 'Open the presenter view in a new window', scope: 'audience' },
  { action: 'toggleNotes', keys: ['2'], description: 'Show or hide speaker notes under the slide', scope: 'audience' },
  { action: 'notesBigger', keys: ['+', '='], description: 'Larger notes text', scope: 'presenter' },
  { action: 'notesSmaller', keys: ['-', '_'], description: 'Smaller notes text', scope: 'presenter' },
  { action: 'pauseTimer', keys: ['k'], description: 'Start, pause or resume the timer', scope: 'presenter' },
  { action: 'resetTimer', keys: ['R'], description: 'Reset the timer (Shift+R)', scope: 'presenter' },
];

export interface KeyPress {
  key: string;
  shiftKey: boolean;
}

const inScope = (binding: KeyBinding, scope: Scope): boolean => binding.scope === 'any' || binding.scope === scope;

export function actionFor(press: KeyPress, scope: Scope = 'audience', keymap: readonly KeyBinding[] = KEYMAP): Action | undefined {
  const find = (name: string) => keymap.find((b) => inScope(b, scope) && b.keys.includes(name))?.action;
  return (press.shiftKey ? find(`Shift+${press.key}`) : undefined) ?? find(press.key);
}

/** Digits typed then Enter: go to slide N. Returns the new buffer and, on Enter, the slide asked for. */
export function typeDigit(buffer: string, key: string): { buffer: string; goto?: number } {
  if (/^[0-9]$/.test(key)) return { buffer: (buffer + key).slice(-6) };
  if (key === 'Enter' && buffer !== '') return { buffer: '', goto: Number(buffer) };
  return { buffer: '' };
}

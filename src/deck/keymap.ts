/**
 * The one key map: it drives the keyboard controller and the help overlay,
 * so the two cannot disagree. Keys are `KeyboardEvent.key` values; a
 * `Shift+` form is listed only where Shift changes the meaning of a key.
 * What each action does, in words, is in key-help.ts: only the help needs it.
 */

export type Action =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'toggleNotes'
  | 'openPresenter'
  | 'cloneWindow'
  | 'mirror'
  | 'notesBigger'
  | 'notesSmaller'
  | 'pauseTimer'
  | 'resetTimer'
  | 'overview'
  | 'toc'
  | 'help'
  | 'blackout'
  | 'whiteout'
  | 'fullscreen'
  | 'theme';

/** Which view a binding works in. */
export type Scope = 'any' | 'audience' | 'presenter';

export interface KeyBinding {
  action: Action;
  keys: readonly string[];
  scope: Scope;
}

// j/k, c and m are remark's; d is Slidev's dark-mode key.
export const KEYMAP: readonly KeyBinding[] = [
  { action: 'next', keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'j'], scope: 'any' },
  { action: 'previous', keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+ ', 'k'], scope: 'any' },
  { action: 'first', keys: ['Home'], scope: 'any' },
  { action: 'last', keys: ['End'], scope: 'any' },
  { action: 'overview', keys: ['Escape', 'o'], scope: 'any' },
  { action: 'toc', keys: ['t'], scope: 'any' },
  { action: 'help', keys: ['?', 'h'], scope: 'any' },
  { action: 'blackout', keys: ['b', '.'], scope: 'any' },
  { action: 'whiteout', keys: ['w'], scope: 'any' },
  { action: 'fullscreen', keys: ['f'], scope: 'any' },
  { action: 'theme', keys: ['d'], scope: 'any' },
  { action: 'cloneWindow', keys: ['c'], scope: 'any' },
  { action: 'openPresenter', keys: ['s', 'p'], scope: 'audience' },
  { action: 'toggleNotes', keys: ['2'], scope: 'audience' },
  { action: 'mirror', keys: ['m'], scope: 'audience' },
  { action: 'notesBigger', keys: ['+', '='], scope: 'presenter' },
  { action: 'notesSmaller', keys: ['-', '_'], scope: 'presenter' },
  { action: 'pauseTimer', keys: ['Shift+P'], scope: 'presenter' },
  { action: 'resetTimer', keys: ['Shift+R'], scope: 'presenter' },
];

export interface KeyPress {
  key: string;
  shiftKey: boolean;
}

const inScope = (binding: KeyBinding, scope: Scope): boolean => binding.scope === 'any' || binding.scope === scope;

/**
 * The action a key press asks for in a view. Letters match whatever the case,
 * so Caps Lock changes nothing; `Shift+R` and `Shift+P` need the Shift key itself.
 */
export function actionFor(press: KeyPress, scope: Scope = 'audience', keymap: readonly KeyBinding[] = KEYMAP): Action | undefined {
  const find = (name: string) => keymap.find((b) => inScope(b, scope) && b.keys.includes(name))?.action;
  const letter = /^[a-z]$/i.test(press.key);
  const shifted = press.shiftKey ? find(`Shift+${letter ? press.key.toUpperCase() : press.key}`) : undefined;
  return shifted ?? find(press.key) ?? (letter ? find(press.key.toLowerCase()) : undefined);
}

const MOVES: ReadonlySet<Action> = new Set(['next', 'previous', 'first', 'last']);

/** Actions that change the slide. */
export const isMove = (action: Action): boolean => MOVES.has(action);

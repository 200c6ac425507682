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
  description: string;
  scope: Scope;
}

export const KEYMAP: readonly KeyBinding[] = [
  { action: 'next', keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' '], description: 'Next step or slide', scope: 'any' },
  { action: 'previous', keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+ '], description: 'Previous step or slide', scope: 'any' },
  { action: 'first', keys: ['Home'], description: 'First slide', scope: 'any' },
  { action: 'last', keys: ['End'], description: 'Last slide', scope: 'any' },
  { action: 'overview', keys: ['Escape', 'o'], description: 'Overview of all slides', scope: 'any' },
  { action: 'toc', keys: ['t'], description: 'Table of contents', scope: 'any' },
  { action: 'help', keys: ['?', 'h'], description: 'This help', scope: 'any' },
  { action: 'blackout', keys: ['b', '.'], description: 'Black screen (any key brings the slide back)', scope: 'any' },
  { action: 'whiteout', keys: ['w'], description: 'White screen (any key brings the slide back)', scope: 'any' },
  { action: 'fullscreen', keys: ['f'], description: 'Full screen on or off', scope: 'any' },
  { action: 'theme', keys: ['c'], description: 'Theme: light, dark, high contrast', scope: 'any' },
  { action: 'openPresenter', keys: ['s', 'p'], description: 'Open the presenter view in a new window', scope: 'audience' },
  { action: 'toggleNotes', keys: ['2'], description: 'Show or hide speaker notes under the slide', scope: 'audience' },
  { action: 'notesBigger', keys: ['+', '='], description: 'Larger notes text', scope: 'presenter' },
  { action: 'notesSmaller', keys: ['-', '_'], description: 'Smaller notes text', scope: 'presenter' },
  { action: 'pauseTimer', keys: ['k'], description: 'Start, pause or resume the timer', scope: 'presenter' },
  { action: 'resetTimer', keys: ['Shift+R'], description: 'Reset the timer', scope: 'presenter' },
];

/** What the help lists besides single keys; handled by the keyboard, click and swipe controllers. */
export const GESTURES: readonly { keys: string; description: string }[] = [
  { keys: 'Digits, then Enter', description: 'Go to that slide' },
  { keys: 'Click the right or left third', description: 'Next or previous slide' },
  { keys: 'Swipe left or right', description: 'Next or previous slide (touch screens)' },
];

const KEY_LABELS: Readonly<Record<string, string>> = {
  ' ': 'Space',
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  Escape: 'Esc',
};

/** How a key is written in the help: `Shift+ ` is Shift+Space, `ArrowRight` is →. */
export function keyLabel(key: string): string {
  const shifted = key.startsWith('Shift+') && key.length > 6;
  const base = shifted ? key.slice(6) : key;
  const label = KEY_LABELS[base] ?? base;
  return shifted ? `Shift+${label}` : label;
}

export interface KeyPress {
  key: string;
  shiftKey: boolean;
}

const inScope = (binding: KeyBinding, scope: Scope): boolean => binding.scope === 'any' || binding.scope === scope;

/**
 * The action a key press asks for in a view. Letters match whatever the case,
 * so Caps Lock changes nothing; `Shift+R` needs the Shift key itself.
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

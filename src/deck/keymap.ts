/**
 * The one key map: it drives the keyboard controller and the help overlay,
 * so the two cannot disagree. Keys are `KeyboardEvent.key` values, with
 * `Shift+` in front where the shift key changes the meaning.
 */

export type Action = 'next' | 'previous' | 'first' | 'last';

export interface KeyBinding {
  action: Action;
  keys: readonly string[];
  description: string;
}

export const KEYMAP: readonly KeyBinding[] = [
  { action: 'next', keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' '], description: 'Next slide' },
  { action: 'previous', keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+ '], description: 'Previous slide' },
  { action: 'first', keys: ['Home'], description: 'First slide' },
  { action: 'last', keys: ['End'], description: 'Last slide' },
];

export interface KeyPress {
  key: string;
  shiftKey: boolean;
}

/** The name a press is looked up by: `Shift+` only for keys whose shifted form is the same key. */
function keyName(press: KeyPress): string {
  return press.shiftKey && press.key.length === 1 && press.key.toLowerCase() === press.key.toUpperCase()
    ? `Shift+${press.key}`
    : press.key;
}

export function actionFor(press: KeyPress, keymap: readonly KeyBinding[] = KEYMAP): Action | undefined {
  const name = keyName(press);
  return keymap.find((b) => b.keys.includes(name))?.action;
}

/** Digits typed then Enter: go to slide N. Returns the new buffer and, on Enter, the slide asked for. */
export function typeDigit(buffer: string, key: string): { buffer: string; goto?: number } {
  if (/^[0-9]$/.test(key)) return { buffer: (buffer + key).slice(-6) };
  if (key === 'Enter' && buffer !== '') return { buffer: '', goto: Number(buffer) };
  return { buffer: '' };
}

/**
 * The key map in words, for the help overlay only: it is loaded with the help,
 * not with the first slide. `Record<Action, …>` makes the compiler refuse a
 * key map action without a description.
 */
import type { Action } from './keymap';

export const DESCRIPTIONS: Readonly<Record<Action, string>> = {
  next: 'Next step or slide',
  previous: 'Previous step or slide',
  first: 'First slide',
  last: 'Last slide',
  overview: 'Overview of all slides',
  toc: 'Table of contents',
  help: 'This help',
  blackout: 'Black screen (any key brings the slide back)',
  whiteout: 'White screen (any key brings the slide back)',
  fullscreen: 'Full screen on or off',
  theme: 'Theme: light, dark, high contrast',
  cloneWindow: 'Open another audience window (for the projector)',
  openPresenter: 'Open the presenter view in a new window',
  toggleNotes: 'Show or hide speaker notes under the slide',
  mirror: 'Mirror this window left to right (rear projection)',
  notesBigger: 'Larger notes text',
  notesSmaller: 'Smaller notes text',
  pauseTimer: 'Start, pause or resume the timer',
  resetTimer: 'Reset the timer',
};

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

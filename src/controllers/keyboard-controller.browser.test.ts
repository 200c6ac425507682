import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Action, Scope } from '../deck/keymap';
import { mountHost } from '../test/test-host';
import { KeyboardController } from './keyboard-controller';

let actions: Action[];
let gotos: number[];
let digits: string[];
let taken: boolean;
let scope: Scope;

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  actions = [];
  gotos = [];
  digits = [];
  taken = false;
  scope = 'audience';
  vi.useFakeTimers();
  new KeyboardController(mountHost(), {
    scope: () => scope,
    onKey: () => taken,
    onAction: (action) => actions.push(action),
    onGoto: (n) => gotos.push(n),
    onDigits: (d) => digits.push(d),
  });
});

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('KeyboardController', () => {
  it('turns keys into the key map actions of the view, and claims them', () => {
    expect(press('ArrowRight').defaultPrevented).toBe(true);
    press('b');
    press('B');
    press('m');
    scope = 'presenter';
    press('m');
    press('P', { shiftKey: true });
    press('x');
    expect(actions).toEqual(['next', 'blackout', 'blackout', 'mirror', 'pauseTimer']);
  });

  it('leaves alone keys with Ctrl, Alt or Meta, keys already handled, and typing in fields', () => {
    press('ArrowRight', { ctrlKey: true });
    press('b', { altKey: true });
    press('o', { metaKey: true });
    const handled = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true });
    handled.preventDefault();
    document.body.dispatchEvent(handled);
    for (const tag of ['input', 'textarea', 'select']) {
      const field = document.body.appendChild(document.createElement(tag));
      expect(press('ArrowRight', {}, field).defaultPrevented).toBe(false);
    }
    const editable = document.body.appendChild(document.createElement('div'));
    editable.contentEditable = 'true';
    press(' ', {}, editable);
    expect(actions).toEqual([]);
  });

  it('repeats moves only when a key is held, and lets no other repeat through, not even to the blank screen', () => {
    press('ArrowRight');
    press('ArrowRight', { repeat: true });
    press('b');
    taken = true;
    for (const key of ['b', '.', 'w', 'o', 'Escape', '2', 'x']) press(key, { repeat: true });
    expect(actions).toEqual(['next', 'next', 'blackout']);
    expect(digits).toEqual([]);
  });

  it('gives every key to whoever takes it first (a blank screen, an open dialog)', () => {
    taken = true;
    expect(press('ArrowRight').defaultPrevented).toBe(true);
    press('b');
    expect(actions).toEqual([]);
  });

  it('goes to a typed slide number on Enter, showing the digits as they come', () => {
    press('1');
    press('9');
    expect(digits).toEqual(['1', '19']);
    press('Enter');
    expect(gotos).toEqual([19]);
    expect(digits).toEqual(['1', '19', '']);
  });

  it('runs a lone 2 as notes half a second later, but 2 Enter and 2 5 Enter are slide numbers', () => {
    press('2');
    expect(actions).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(actions).toEqual(['toggleNotes']);
    press('2');
    press('Enter');
    press('2');
    press('5');
    vi.advanceTimersByTime(1000);
    press('Enter');
    expect(gotos).toEqual([2, 25]);
    expect(actions).toEqual(['toggleNotes']);
  });

  it('runs a waiting 2 at once when another key follows, before that key', () => {
    press('2');
    press('ArrowRight');
    expect(actions).toEqual(['toggleNotes', 'next']);
  });

  it('forgets digits after two seconds without Enter', () => {
    press('1');
    press('2');
    vi.advanceTimersByTime(2000);
    press('Enter');
    expect(gotos).toEqual([]);
    expect(digits.at(-1)).toBe('');
  });

  it('stops listening when its host leaves the page', () => {
    document.body.replaceChildren();
    press('ArrowRight');
    expect(actions).toEqual([]);
  });
});

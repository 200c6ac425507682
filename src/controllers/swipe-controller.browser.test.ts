import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../deck/keymap';
import { mountHost } from '../test/test-host';
import { SwipeController } from './swipe-controller';

let actions: Action[];

function swipe(from: { x: number; y: number }, to: { x: number; y: number }, target: Element = document.body, fingers = 1): void {
  const touch = (p: { x: number; y: number }, identifier = 1) => new Touch({ identifier, target, clientX: p.x, clientY: p.y });
  const starts = Array.from({ length: fingers }, (_, i) => touch(from, i + 1));
  target.dispatchEvent(new TouchEvent('touchstart', { touches: starts, changedTouches: starts, bubbles: true, composed: true }));
  target.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(to)], bubbles: true, composed: true }));
}

beforeEach(() => {
  actions = [];
  new SwipeController(mountHost(), (action) => actions.push(action));
});

afterEach(() => document.body.replaceChildren());

describe('SwipeController', () => {
  it('moves next on a swipe to the left and previous on a swipe to the right', () => {
    swipe({ x: 400, y: 200 }, { x: 100, y: 210 });
    swipe({ x: 100, y: 200 }, { x: 400, y: 180 });
    expect(actions).toEqual(['next', 'previous']);
  });

  it('ignores taps, short drags, mostly vertical swipes and two-finger gestures', () => {
    swipe({ x: 200, y: 200 }, { x: 200, y: 200 });
    swipe({ x: 200, y: 200 }, { x: 170, y: 200 });
    swipe({ x: 200, y: 100 }, { x: 120, y: 400 });
    swipe({ x: 400, y: 200 }, { x: 100, y: 200 }, document.body, 2);
    expect(actions).toEqual([]);
  });

  it('leaves a swipe that starts on something scrolling sideways to that scroller', () => {
    const scroller = document.body.appendChild(document.createElement('div'));
    scroller.style.cssText = 'width: 100px; overflow-x: auto; white-space: nowrap';
    scroller.textContent = 'a very long line of code that does not fit in a hundred pixels at all';
    swipe({ x: 400, y: 200 }, { x: 100, y: 200 }, scroller);
    expect(actions).toEqual([]);
  });
});

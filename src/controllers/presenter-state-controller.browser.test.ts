import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { elapsedMs } from '../deck/talk-timer';
import { mountHost } from '../test/test-host';
import { PresenterStateController } from './presenter-state-controller';

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ now: new Date('2026-03-27T09:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  localStorage.clear();
  document.body.replaceChildren();
});

const controller = () => new PresenterStateController(mountHost());

describe('PresenterStateController', () => {
  it('keeps the timer of each deck, so a reopened presenter view carries on', () => {
    const first = controller();
    first.useDeck('deck-a');
    first.moved();
    vi.advanceTimersByTime(90_000);
    first.togglePause();

    const reopened = controller();
    reopened.useDeck('deck-a');
    expect(elapsedMs(reopened.timer, Date.now())).toBe(90_000);
    expect(reopened.timer.pausedAt).toBeDefined();

    const other = controller();
    other.useDeck('deck-b');
    expect(other.timer.startedAt).toBeUndefined();
  });

  it('starts the timer at the first move only, and resets it', () => {
    const state = controller();
    state.useDeck('deck');
    state.moved();
    const started = state.timer.startedAt;
    vi.advanceTimersByTime(5000);
    state.moved();
    expect(state.timer.startedAt).toBe(started);
    state.resetTimer();
    expect(state.timer.startedAt).toBeUndefined();
    expect(controller().timer.startedAt).toBeUndefined();
  });

  it('steps the notes text size within its range and remembers it', () => {
    const state = controller();
    const start = state.notesSize;
    state.resizeNotes(1);
    expect(state.notesSize).toBeGreaterThan(start);
    expect(controller().notesSize).toBe(state.notesSize);
    for (let i = 0; i < 30; i++) state.resizeNotes(-1);
    expect(state.notesSize).toBe(14);
    for (let i = 0; i < 30; i++) state.resizeNotes(1);
    expect(state.notesSize).toBe(56);
  });

  it('goes on working for the life of the page when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const state = controller();
    state.useDeck('deck');
    state.moved();
    state.resizeNotes(1);
    expect(state.timer.startedAt).toBe(Date.now());
    expect(state.notesSize).toBe(24);
  });
});

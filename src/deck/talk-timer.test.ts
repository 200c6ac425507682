import { describe, expect, it } from 'vitest';
import { describePacing, elapsedMs, formatDuration, idleTimer, pacingMs, readTimer, startTimer, togglePause } from './talk-timer';

describe('the talk timer', () => {
  it('stays at zero until started, then counts', () => {
    expect(elapsedMs(idleTimer(), 5000)).toBe(0);
    const started = startTimer(idleTimer(), 1000);
    expect(elapsedMs(started, 61_000)).toBe(60_000);
    expect(startTimer(started, 9999)).toBe(started);
  });

  it('does not count while paused', () => {
    let t = startTimer(idleTimer(), 0);
    t = togglePause(t, 10_000);
    expect(elapsedMs(t, 50_000)).toBe(10_000);
    t = togglePause(t, 50_000);
    expect(elapsedMs(t, 55_000)).toBe(15_000);
  });

  it('survives a round trip through storage, and ignores junk', () => {
    const t = togglePause(startTimer(idleTimer(), 100), 200);
    expect(readTimer(JSON.stringify(t), 1000)).toEqual(t);
    expect(readTimer(null, 1000)).toEqual(idleTimer());
    expect(readTimer('{not json', 1000)).toEqual(idleTimer());
    expect(readTimer('{"startedAt":"x","pausedMs":0}', 1000)).toEqual(idleTimer());
    expect(readTimer('{"startedAt":1,"pausedMs":0,"pausedAt":-4}', 1000)).toEqual(idleTimer());
  });

  it('forgets a timer from an earlier talk', () => {
    const t = startTimer(idleTimer(), 0);
    expect(readTimer(JSON.stringify(t), 3600_000)).toEqual(t);
    expect(readTimer(JSON.stringify(t), 13 * 3600_000)).toEqual(idleTimer());
  });
});

describe('formatting and pacing', () => {
  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [61_000, '1:01'],
    [3_725_000, '1:02:05'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('compares elapsed time with an even spread of the talk over its slides', () => {
    // 20 slides in 20 minutes: slide index 10 is planned at 10 minutes.
    expect(pacingMs(12 * 60_000, 10, 20, 1200)).toBe(2 * 60_000);
    expect(describePacing(pacingMs(12 * 60_000, 10, 20, 1200))).toBe('2:00 behind');
    expect(describePacing(pacingMs(9 * 60_000, 10, 20, 1200))).toBe('1:00 ahead');
    expect(describePacing(pacingMs(10 * 60_000 + 5000, 10, 20, 1200))).toBe('on time');
  });
});

/**
 * The presenter's elapsed-time timer as plain data, so it can be kept in
 * storage and survive a reload, or a close and reopen, of the presenter window.
 */

export interface TimerState {
  /** Epoch ms when the timer started; undefined until the first move or click. */
  startedAt?: number;
  /** Epoch ms when it was paused; undefined while running. */
  pausedAt?: number;
  /** Total ms spent paused before `pausedAt`. */
  pausedMs: number;
}

export const idleTimer = (): TimerState => ({ pausedMs: 0 });

export function startTimer(state: TimerState, now: number): TimerState {
  return state.startedAt === undefined ? { startedAt: now, pausedMs: 0 } : state;
}

export function togglePause(state: TimerState, now: number): TimerState {
  if (state.startedAt === undefined) return startTimer(state, now);
  if (state.pausedAt === undefined) return { ...state, pausedAt: now };
  return { startedAt: state.startedAt, pausedMs: state.pausedMs + (now - state.pausedAt) };
}

export function elapsedMs(state: TimerState, now: number): number {
  if (state.startedAt === undefined) return 0;
  const until = state.pausedAt ?? now;
  return Math.max(until - state.startedAt - state.pausedMs, 0);
}

/** A stored timer older than this belongs to an earlier talk. */
const STALE_MS = 12 * 3600_000;

/** Restores a stored timer, or an idle one when the stored text is missing, malformed or stale. */
export function readTimer(text: string | null, now: number): TimerState {
  const timer = parseTimer(text);
  return timer.startedAt !== undefined && now - timer.startedAt > STALE_MS ? idleTimer() : timer;
}

function parseTimer(text: string | null): TimerState {
  try {
    const data: unknown = JSON.parse(text ?? 'null');
    if (typeof data !== 'object' || data === null) return idleTimer();
    const { startedAt, pausedAt, pausedMs } = data as Record<string, unknown>;
    const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
    if (!time(startedAt) || !time(pausedMs)) return idleTimer();
    return pausedAt === undefined ? { startedAt, pausedMs } : time(pausedAt) ? { startedAt, pausedAt, pausedMs } : idleTimer();
  } catch {
    return idleTimer();
  }
}

/** `m:ss`, or `h:mm:ss` past an hour. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * How far ahead of or behind plan the speaker is: the plan spends the talk's
 * length evenly across the slides, so slide i should be reached after i/count of it.
 * Positive means behind.
 */
export function pacingMs(elapsed: number, index: number, slideCount: number, durationSeconds: number): number {
  const planned = (durationSeconds * 1000 * index) / Math.max(slideCount, 1);
  return elapsed - planned;
}

export type Pace = 'on time' | 'ahead' | 'behind';

/** Within half a minute of plan counts as on time. */
export function pace(offsetMs: number): Pace {
  return Math.abs(offsetMs) < 30_000 ? 'on time' : offsetMs > 0 ? 'behind' : 'ahead';
}

export function describePacing(offsetMs: number): string {
  const p = pace(offsetMs);
  return p === 'on time' ? p : `${formatDuration(offsetMs)} ${p}`;
}

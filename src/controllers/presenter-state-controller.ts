import type { ReactiveControllerHost } from 'lit';
import { idleTimer, readTimer, startTimer, togglePause, type TimerState } from '../deck/talk-timer';
import { readStored, writeStored } from '../storage';

const NOTES_SIZES = [14, 16, 18, 20, 22, 24, 28, 32, 36, 42, 48, 56] as const;
const NOTES_SIZE_KEY = 'lectern-notes-size';

/**
 * What the presenter view remembers: the talk timer (per deck, so closing and
 * reopening the presenter window keeps it) and the size of the notes text.
 */
export class PresenterStateController {
  timer: TimerState = idleTimer();
  notesSize: number = Number(readStored(NOTES_SIZE_KEY)) || 22;
  private key = '';

  /** The host re-renders when the state changes. */
  constructor(private readonly host: ReactiveControllerHost) {}


  /** Picks up the timer of this deck. */
  useDeck(deckKey: string): void {
    this.key = `lectern-timer:${deckKey}`;
    this.timer = readTimer(readStored(this.key), Date.now());
    this.host.requestUpdate();
  }

  /** The first move of the talk starts the clock. */
  moved(): void {
    this.setTimer(startTimer(this.timer, Date.now()));
  }

  togglePause(): void {
    this.setTimer(togglePause(this.timer, Date.now()));
  }

  resetTimer(): void {
    this.setTimer(idleTimer());
  }

  resizeNotes(step: 1 | -1): void {
    const at = NOTES_SIZES.findIndex((size) => size >= this.notesSize);
    const from = at < 0 ? NOTES_SIZES.length - 1 : at;
    this.notesSize = NOTES_SIZES[Math.min(Math.max(from + step, 0), NOTES_SIZES.length - 1)] ?? this.notesSize;
    writeStored(NOTES_SIZE_KEY, String(this.notesSize));
    this.host.requestUpdate();
  }

  private setTimer(timer: TimerState): void {
    if (timer === this.timer) return;
    this.timer = timer;
    if (this.key) writeStored(this.key, JSON.stringify(timer));
    this.host.requestUpdate();
  }
}

import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { describePacing, elapsedMs, formatDuration, idleTimer, pace, pacingMs, type TimerState } from '../deck/talk-timer';
import { IntentEvent } from '../events';
import { timerStyles } from '../styles/timer-styles';

/**
 * Wall clock, elapsed time and, when the deck gives a `duration`, whether the
 * speaker is ahead of or behind an even pace. It only shows the timer state it
 * is given; its buttons ask the root to start, pause or reset it.
 *
 * @fires lectern-intent - Start, Pause, Resume or Reset was clicked
 * @csspart clock - the wall clock
 * @csspart elapsed - the elapsed time
 */
@customElement('lectern-timer')
export class LecternTimer extends LitElement {
  static override styles = timerStyles;

  @property({ attribute: false }) timer: TimerState = idleTimer();
  @property({ type: Number }) index = 0;
  @property({ type: Number }) count = 1;
  @property({ type: Number }) durationSeconds: number | undefined;

  @state() private now = Date.now();
  private tick: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.tick = setInterval(() => (this.now = Date.now()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.tick);
  }

  override render() {
    const now = Math.max(this.now, Date.now());
    const elapsed = elapsedMs(this.timer, now);
    const idle = this.timer.startedAt === undefined;
    const paused = this.timer.pausedAt !== undefined;
    const offset = this.durationSeconds ? pacingMs(elapsed, this.index, this.count, this.durationSeconds) : undefined;
    const clock = new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    const ask = (action: 'pauseTimer' | 'resetTimer') => () => this.dispatchEvent(new IntentEvent(action));
    return html`
      <span><span class="label">Clock</span> <span class="clock" part="clock">${clock}</span></span>
      <span class=${paused ? 'paused' : ''}>
        <span class="label">Elapsed</span>
        <span class="elapsed" part="elapsed" role="timer" aria-label="Elapsed time">${formatDuration(elapsed)}</span>
      </span>
      <button @click=${ask('pauseTimer')}>${idle ? 'Start' : paused ? 'Resume' : 'Pause'}</button>
      <button @click=${ask('resetTimer')} ?disabled=${idle}>Reset</button>
      ${offset === undefined || idle
        ? nothing
        : html`<span class=${pace(offset).replace(' ', '-')} aria-label="Pacing">${describePacing(offset)}</span>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-timer': LecternTimer;
  }
}

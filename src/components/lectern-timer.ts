import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  describePacing,
  elapsedMs,
  formatDuration,
  pacingMs,
  readTimer,
  startTimer,
  togglePause,
  idleTimer,
  type TimerState,
} from '../deck/talk-timer';

/**
 * Wall clock, elapsed time and, when the deck gives a `duration`, whether the
 * speaker is ahead or behind. The timer starts on the first move or on Start,
 * and is kept in sessionStorage so a reload of the presenter window keeps it.
 *
 * @csspart clock - the wall clock
 * @csspart elapsed - the elapsed time
 */
@customElement('lectern-timer')
export class LecternTimer extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      align-items: center;
      gap: 0.9rem;
      font-variant-numeric: tabular-nums;
    }
    .clock,
    .elapsed {
      font-size: 1.6rem;
      font-weight: 600;
    }
    .paused .elapsed {
      color: #ffcf70;
    }
    .label {
      font-size: 0.75rem;
      text-transform: uppercase;
      letter-spacing: 0.08em;
      color: #b5bdca;
    }
    .behind {
      color: #ffb4a8;
    }
    .ahead {
      color: #9be3b0;
    }
    button {
      font: inherit;
      font-size: 0.95rem;
      padding: 0.3rem 0.7rem;
      border-radius: 6px;
      border: 1px solid #5c6677;
      background: #262c36;
      color: #f1f3f6;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid #8ec5ff;
      outline-offset: 2px;
    }
  `;

  @property({ type: Number }) index = 0;
  @property({ type: Number }) count = 1;
  @property({ type: Number }) durationSeconds: number | undefined;
  /** sessionStorage key; one timer per deck. */
  @property() storageKey = 'lectern-timer';

  @state() private timer: TimerState = idleTimer();
  @state() private now = Date.now();
  private tick: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = readTimer(sessionStorage.getItem(this.storageKey));
    this.tick = setInterval(() => (this.now = Date.now()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.tick);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey') && changed.get('storageKey') !== undefined) {
      this.timer = readTimer(sessionStorage.getItem(this.storageKey));
    }
    // The first move of the talk starts the clock.
    if (changed.has('index') && changed.get('index') !== undefined) this.setTimer(startTimer(this.timer, Date.now()));
  }

  togglePause(): void {
    this.setTimer(togglePause(this.timer, Date.now()));
  }

  reset(): void {
    this.setTimer(idleTimer());
  }

  private setTimer(timer: TimerState): void {
    if (timer === this.timer) return;
    this.timer = timer;
    this.now = Date.now();
    try {
      sessionStorage.setItem(this.storageKey, JSON.stringify(timer));
    } catch {
      // Storage can be full or disabled; the timer still runs for this page.
    }
  }

  override render() {
    const elapsed = elapsedMs(this.timer, this.now);
    const idle = this.timer.startedAt === undefined;
    const paused = this.timer.pausedAt !== undefined;
    const offset = this.durationSeconds ? pacingMs(elapsed, this.index, this.count, this.durationSeconds) : undefined;
    const clock = new Date(this.now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    return html`
      <span><span class="label">Clock</span> <span class="clock" part="clock">${clock}</span></span>
      <span class=${paused ? 'paused' : ''}>
        <span class="label">Elapsed</span>
        <span class="elapsed" part="elapsed" role="timer" aria-label="Elapsed time">${formatDuration(elapsed)}</span>
      </span>
      <button @click=${() => this.togglePause()}>${idle ? 'Start' : paused ? 'Resume' : 'Pause'}</button>
      <button @click=${() => this.reset()} ?disabled=${idle}>Reset</button>
      ${offset === undefined || idle
        ? nothing
        : html`<span class=${offset > 30_000 ? 'behind' : offset < -30_000 ? 'ahead' : ''} aria-label="Pacing">
            ${describePacing(offset)}
          </span>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-timer': LecternTimer;
  }
}

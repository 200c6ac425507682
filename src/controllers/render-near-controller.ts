import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SlidePart, SlideRenderer } from '../render/render-slide';
import { afterNextPaint } from './after-paint';
import { whenIdle } from './when-idle';

/**
 * Rendering the neighbours waits until no move has come for this long: past
 * a key held down (about 30 repeats a second) and a fast burst of presses, so
 * slides only passed through are never rendered, yet well before a speaker's
 * next deliberate press.
 */
const QUIET_MS = 80;
/** Moves closer together than this are one burst. */
const BURST_MS = 150;
/** Once the moves have stopped, slides this far ahead (and behind) are rendered too, one at a time when the page is idle. */
const AHEAD = 20;
const BEHIND = 5;

export interface NearParts {
  renderer: SlideRenderer;
  /** What the views show now, the current slide's parts first. */
  parts: [number, SlidePart][];
}

/**
 * When to render the slides around the current one. A slide change shows
 * what is already rendered and paints at once; its new neighbours render
 * once the moves have stopped. Only a slide shown with nothing rendered yet
 * (a jump, a deep link, notes just turned on) is rendered at once.
 */
export class RenderNearController implements ReactiveController {
  private lastMove = -Infinity;
  private timer: number | undefined;
  private shownOnce = false;
  /** Bumped by every move: an idle render ahead made for an older position stops. */
  private moves = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly wanted: () => NearParts | undefined,
    private readonly onRendered: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** What the views show changed: after a move, or when notes were turned on. */
  request(): void {
    const now = performance.now();
    const burst = now - this.lastMove < BURST_MS;
    this.lastMove = now;
    this.moves++;
    clearTimeout(this.timer);
    const near = this.wanted();
    const current = near?.parts[0]?.[0];
    const missing = near?.parts.some(([index, part]) => index === current && near.renderer.peek(index, part) === undefined);
    if (missing && !burst) this.run();
    else this.timer = window.setTimeout(() => this.run(), QUIET_MS);
  }

  /** The current slide first; its neighbours, and the slides ahead, once it has painted (the very first slide: and once the page is idle). */
  private run(): void {
    clearTimeout(this.timer);
    const near = this.wanted();
    const current = near?.parts[0]?.[0];
    if (!near || current === undefined) return;
    const moves = this.moves;
    const shown = near.parts.filter(([index]) => index === current).map(([index, part]) => this.render(near.renderer, index, part));
    const rest = (): void => {
      const now = this.wanted();
      if (!now || moves !== this.moves) return;
      for (const [index, part] of now.parts) if (index !== current) void this.render(now.renderer, index, part);
      this.renderAhead(current, moves);
    };
    // Nothing else competes with the first slide of all: not even the code its neighbours need.
    const first = !this.shownOnce;
    this.shownOnce = true;
    void Promise.all(shown).then(() => afterNextPaint(first ? () => whenIdle(rest) : rest));
  }

  /** Renders a part not yet shown: now, or by joining a render already on its way for another view (the overview). */
  private render(renderer: SlideRenderer, index: number, part: SlidePart): Promise<unknown> {
    if (!renderer.needs(index, part) && renderer.peek(index, part) !== undefined) return Promise.resolve();
    return renderer.render(index, part).then(this.onRendered);
  }

  /**
   * The slides the speaker will most likely show next, rendered (not shown) while
   * the page is idle, so even quick presses find them ready.
   */
  private renderAhead(from: number, moves: number): void {
    const near = this.wanted();
    if (!near || moves !== this.moves) return;
    const order = [...Array.from({ length: AHEAD }, (_, i) => from + 2 + i), ...Array.from({ length: BEHIND }, (_, i) => from - 2 - i)];
    const next = order.find((index) => index >= 0 && index < near.renderer.slideCount && near.renderer.needs(index));
    if (next === undefined) return;
    whenIdle(() => {
      if (moves !== this.moves) return;
      void near.renderer.render(next).then(() => {
        // The speaker may have reached this slide while it rendered, and been shown nothing yet.
        if (this.wanted()?.parts.some(([index]) => index === next)) this.onRendered();
        this.renderAhead(from, moves);
      });
    });
  }
}

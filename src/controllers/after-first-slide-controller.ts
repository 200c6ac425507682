import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from './after-paint';
import { whenIdle } from './when-idle';

/**
 * Work that must never delay the first slide (the offline copy, the theme
 * code and fonts): run once the current slide is rendered, has painted, and
 * the page is idle. What is fetched then is not part of the first load.
 */
export class AfterFirstSlideController implements ReactiveController {
  private readonly waiting: (() => void)[] = [];
  private started = false;

  constructor(
    host: ReactiveControllerHost,
    /** Whether the current slide is rendered. */
    private readonly shown: () => boolean,
  ) {
    host.addController(this);
  }

  run(task: () => void): void {
    if (this.started) whenIdle(task);
    else this.waiting.push(task);
  }

  hostUpdated(): void {
    if (this.started || !this.shown()) return;
    this.started = true;
    afterNextPaint(() => whenIdle(() => this.waiting.splice(0).forEach((task) => task())));
  }
}

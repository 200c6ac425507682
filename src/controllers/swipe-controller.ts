import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Action } from '../deck/keymap';

const MIN_DISTANCE = 50;

/** A swipe that starts on something the finger can scroll sideways is a scroll, not a move. */
function scrollsSideways(element: HTMLElement): boolean {
  if (element.scrollWidth <= element.clientWidth + 1) return false;
  const overflow = getComputedStyle(element).overflowX;
  return overflow === 'auto' || overflow === 'scroll';
}

/** A horizontal swipe on a touch screen moves to the next or previous slide. */
export class SwipeController implements ReactiveController {
  private start: { x: number; y: number } | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onAction: (action: Action) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('touchstart', this.onStart, { passive: true });
    window.addEventListener('touchend', this.onEnd, { passive: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('touchstart', this.onStart);
    window.removeEventListener('touchend', this.onEnd);
  }

  private readonly onStart = (event: TouchEvent): void => {
    const touch = event.touches[0];
    const inScroller = event.composedPath().some((node) => node instanceof HTMLElement && scrollsSideways(node));
    this.start = event.touches.length === 1 && touch && !inScroller ? { x: touch.clientX, y: touch.clientY } : undefined;
  };

  private readonly onEnd = (event: TouchEvent): void => {
    const touch = event.changedTouches[0];
    const start = this.start;
    this.start = undefined;
    if (!start || !touch) return;
    const dx = touch.clientX - start.x;
    const dy = touch.clientY - start.y;
    if (Math.abs(dx) < MIN_DISTANCE || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    this.onAction(dx < 0 ? 'next' : 'previous');
  };
}

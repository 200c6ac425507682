import type { Transition } from '../deck/slide-transition';

/**
 * Plays a slide's transition (slide-transition.ts) when the talk arrives at it:
 * when its `current` attribute appears on a slide that was already on the
 * stage, as the audience window's neighbours are. A slide made current from
 * the start (an overview thumbnail, the presenter's panes, a print page, the
 * first slide, a far jump) is never animated.
 *
 * Never in the way of the talk: short, none under reduced motion, and a
 * press during a transition ends it: the next slide shows at once, unanimated.
 */
const DURATION = 250;

/** Each transition's first frame, forward; going back, slides come from the other side. */
const FROM: Record<Exclude<Transition, 'none'>, (back: boolean) => Keyframe> = {
  fade: () => ({ opacity: 0 }),
  'slide-left': (back) => ({ opacity: 0, transform: `translateX(${back ? -30 : 30}%)` }),
  'slide-right': (back) => ({ opacity: 0, transform: `translateX(${back ? 30 : -30}%)` }),
  'slide-up': (back) => ({ opacity: 0, transform: `translateY(${back ? -30 : 30}%)` }),
  'slide-down': (back) => ({ opacity: 0, transform: `translateY(${back ? 30 : -30}%)` }),
  zoom: () => ({ opacity: 0, transform: 'scale(0.5)' }),
};

const transitions = new WeakMap<HTMLElement, Transition | undefined>();
let running: Animation | undefined;
let last: HTMLElement | undefined;

function arrive(host: HTMLElement): void {
  const before = last;
  last = host;
  const busy = running !== undefined && running.playState !== 'finished';
  // A press during a transition: the slide it leaves is already hidden, and the next one shows whole.
  if (busy) running?.finish();
  running = undefined;
  const transition = transitions.get(host);
  if (busy || transition === undefined || transition === 'none' || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  const back = before !== undefined && before.isConnected && (before.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  running = host.animate([FROM[transition](back), { opacity: 1, transform: 'none' }], { duration: DURATION, easing: 'ease-out' });
}

/** Gives a slide its transition, and from now on plays it each time the slide becomes current. */
export function setTransition(host: HTMLElement, transition: Transition | undefined): void {
  if (!transitions.has(host)) {
    new MutationObserver(() => {
      if (host.hasAttribute('current')) arrive(host);
    }).observe(host, { attributes: true, attributeFilter: ['current'] });
  }
  transitions.set(host, transition);
  if (transition) host.setAttribute('transition', transition);
  else host.removeAttribute('transition');
}

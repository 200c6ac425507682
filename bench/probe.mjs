// The page side of the benchmark, installed as an init script before any of the page's own code:
// window.__bench knows, for each tool, which slide is current, whether it shows, and when.

/**
 * @typedef {'lectern' | 'reveal' | 'floor'} Tool
 * @typedef {{
 *   tool: Tool,
 *   headingAt: number | null,
 *   keydowns: number[],
 *   generation: number,
 *   current(): number,
 *   shown(): boolean,
 *   overviewShown(): boolean,
 *   overviewClosed(): boolean,
 *   waitFor(check: () => boolean, frames: boolean, limitMs: number): Promise<number | null>,
 * }} Bench
 */

/**
 * Installs window.__bench, records every keydown's timeStamp, and polls every animation frame
 * until slide `target` (1-based) shows a visible h1 or h2, recording performance.now() then.
 * @param {{ tool: Tool, target: number }} options
 */
export function installProbe({ tool, target }) {
  /** @param {Element | null | undefined} el */
  const visible = (el) =>
    !!el &&
    el.checkVisibility(/** @type {CheckVisibilityOptions} */ ({ opacityProperty: true, visibilityProperty: true })) &&
    el.getBoundingClientRect().height > 0;

  /** Elements matching `selector` under `node`, through open shadow roots. @param {Element | Document | ShadowRoot} node @param {string} selector @param {Element[]} [out] */
  const deepAll = (node, selector, out = []) => {
    if ('shadowRoot' in node && node.shadowRoot) deepAll(node.shadowRoot, selector, out);
    for (const el of node.children) {
      if (el.matches(selector)) out.push(el);
      deepAll(el, selector, out);
    }
    return out;
  };
  /** Playwright's piercing descendant combinator, one selector per step. @param {string[]} steps */
  const pierce = (steps) =>
    steps.reduce((found, step) => found.flatMap((el) => deepAll(el, step)), /** @type {(Element | Document)[]} */ ([document]));

  const lecternSlide = () =>
    document.querySelector('lectern-app')?.shadowRoot?.querySelector('lectern-audience')?.shadowRoot?.querySelector('lectern-slide[current]');
  const reveal = () => /** @type {{ Reveal?: { isReady(): boolean, getIndices(): { h: number } } }} */ (/** @type {unknown} */ (window)).Reveal;
  /** The element holding the current slide's content. */
  const slideRoot =
    tool === 'lectern'
      ? () => lecternSlide()?.shadowRoot?.querySelector('.content')
      : tool === 'reveal'
        ? () => [...document.querySelectorAll('.reveal .slides section.present')].at(-1)
        : () => document.body;

  /** @type {Bench} */
  const bench = {
    tool,
    headingAt: null,
    keydowns: [],
    generation: 0,
    current:
      tool === 'lectern'
        ? () => Number(/^(\d+) of /.exec(lecternSlide()?.getAttribute('aria-label') ?? '')?.[1] ?? 0)
        : tool === 'reveal'
          ? () => (reveal()?.isReady() ? /** @type {NonNullable<ReturnType<typeof reveal>>} */ (reveal()).getIndices().h + 1 : 0)
          : () => 1,
    shown: () => visible(slideRoot()?.firstElementChild),
    overviewShown:
      tool === 'lectern'
        ? () => pierce(['lectern-overview', 'dialog[open]', 'button.cell[aria-current]', 'lectern-slide', 'h1, h2']).some((el) => el instanceof Element && visible(el))
        : () => !!document.querySelector('.reveal.overview'),
    overviewClosed:
      tool === 'lectern' ? () => pierce(['lectern-overview', 'dialog[open]']).length === 0 : () => !document.querySelector('.reveal.overview'),
    // Polls `check` every task (cheap checks, precise) or every frame; once it holds, waits for a
    // frame and a task after it (the frame painted) and returns that time, or null after limitMs
    // or once `generation` changes.
    waitFor(check, frames, limitMs) {
      const start = performance.now();
      const generation = bench.generation;
      return new Promise((resolve) => {
        const channel = new MessageChannel();
        const again = frames ? () => requestAnimationFrame(poll) : () => channel.port2.postMessage(0);
        const poll = () => {
          if (check()) requestAnimationFrame(() => setTimeout(() => (channel.port1.close(), resolve(performance.now()))));
          else if (performance.now() - start > limitMs || bench.generation !== generation) (channel.port1.close(), resolve(null));
          else again();
        };
        channel.port1.onmessage = poll;
        poll();
      });
    },
  };
  Object.assign(window, { __bench: bench });
  addEventListener('keydown', (event) => bench.keydowns.push(event.timeStamp), { capture: true });

  const headingShown = () => {
    if (bench.current() === target && visible(slideRoot()?.querySelector('h1, h2'))) bench.headingAt = performance.now();
    else requestAnimationFrame(headingShown);
  };
  requestAnimationFrame(headingShown);
}

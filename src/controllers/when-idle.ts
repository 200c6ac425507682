/** Runs `task` when the page has nothing else to do, or within half a second at the latest. */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 500 });
  else window.setTimeout(task, 50);
}

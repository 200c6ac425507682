/** In a background tab animation frames stop; the task still runs, later. */
const FRAME_FALLBACK_MS = 100;

/**
 * Runs `task` in a task of its own once the next frame has painted, so work
 * that can wait never delays what the speaker is about to see. Returns a
 * function that cancels it.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: number | undefined;
  let frame: number | undefined;
  const cancel = (): void => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = timer = undefined;
  };
  const painted = (): void => {
    cancel();
    timer = window.setTimeout(task);
  };
  frame = requestAnimationFrame(painted);
  timer = window.setTimeout(painted, FRAME_FALLBACK_MS);
  return cancel;
}

/** How far the print view is, on the document: `npm run export` shows it as `slide 12/33`. */
export class PrintProgressEvent extends Event {
  static readonly type = 'lectern-print-progress';

  constructor(
    readonly done: number,
    readonly total: number,
  ) {
    super(PrintProgressEvent.type);
  }
}

declare global {
  interface DocumentEventMap {
    [PrintProgressEvent.type]: PrintProgressEvent;
  }
}

/**
 * `<html data-lectern-print>`: `loading`, then `ready` once every page is laid
 * out with its images (a script may print), or `error` with the reason in
 * `data-lectern-print-error`.
 */
export function printState(state: 'loading' | 'ready' | 'error', error?: string): void {
  const root = document.documentElement;
  root.dataset.lecternPrint = state;
  if (error !== undefined) root.dataset.lecternPrintError = error;
}

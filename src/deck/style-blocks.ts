/**
 * Which lines of a slide are inside a `<style>` block: CSS, which the passes
 * that read the slide's Markdown (steps, remark's content classes, Vue's
 * markup) must leave as written, as they leave code. A block opens with
 * `<style` at a line's start (up to three spaces in) outside code and comments,
 * and runs to the line that holds `</style>`, or to the end.
 */
import type { LineKind } from './block-scanner';

const OPEN = /^ {0,3}<style(?=[\s>])/i;

export function styleLines(lines: string[], kinds: LineKind[]): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  lines.forEach((line, i) => {
    if (!open && kinds[i] === 'text' && OPEN.test(line)) open = true;
    inside.push(open);
    if (open && /<\/style>/i.test(line)) open = false;
  });
  return inside;
}

import { readLineOptions } from '../deck/line-ranges';
import type { CodeBlock } from '../deck/code-markers';

/** Appended to a fence's info by the deck parser (slide-steps.ts): the slide step each group shows at. */
const STEPS = /(?:^|\s)lectern-steps=([\d,]+)/;
const LINE = /<span class="line">/g;

/**
 * Line numbers and highlighted lines of a code block, loaded into the render
 * worker only for a slide whose code asks for them. They become attributes
 * of its `<pre>`, which the page's code-walk styles and code-steps.ts read:
 * - `data-lectern-numbers`, with `--lectern-line-start` (one before the first number) and
 *   `--lectern-line-digits` in its style, numbers the lines with a CSS counter (never copied with the code);
 * - `data-lectern-lines="1,2|3|5,6"`: the highlighted lines of each group, an empty group for all lines;
 * - `data-lectern-code-steps="0,1,2"`: the step each group shows at, when there are several.
 * The lines of the first group are marked `focus` as rendered; the rest of the block is dimmed by CSS.
 * Returns undefined for a block that asks for neither numbers nor highlights.
 */
export function codeWalk(block: CodeBlock, lines: string): [attributes: string, lines: string] | undefined {
  const steps = STEPS.exec(block.info ?? '')?.[1];
  const options = block.info ? readLineOptions(block.info.replace(STEPS, ' ')) : undefined;
  const groups = options?.groups ?? [];
  if (!block.numbers && !options?.numbers && groups.length === 0) return undefined;
  let attributes = '';
  if (block.numbers || options?.numbers) {
    const start = options?.start ?? 1;
    const last = start + (lines.match(LINE)?.length ?? 1) - 1;
    attributes += ` data-lectern-numbers style="--lectern-line-start:${start - 1};--lectern-line-digits:${String(last).length}"`;
  }
  const first = groups[0];
  if (!first) return [attributes, lines];
  attributes += ` data-lectern-lines="${groups.map((group) => group.join(',')).join('|')}"`;
  if (steps && groups.length > 1) attributes += ` data-lectern-code-steps="${steps}"`;
  const lit = new Set(first);
  let n = 0;
  const marked = lines.replace(LINE, (line) => (lit.has(++n) ? '<span class="line focus">' : line));
  return [attributes, marked];
}

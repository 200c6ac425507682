import { showGroup } from './code-focus';
import { capToRoom, scrollToFocus } from './code-scroll';
import { prepareRevealCode } from './reveal-code';

/** A code walk: a block whose highlighted lines change with the slide's steps (render/code-walk.ts writes the attributes). */
const WALK = '[data-lectern-lines][data-lectern-code-steps]';

const readGroups = (value: string): number[][] => value.split('|').map((group) => (group ? group.split(',').map(Number) : []));

/**
 * Shows each code walk in a slide's content box at a step: the group whose
 * step is the largest at or below it is highlighted, the other lines dimmed.
 * At Infinity (the overview, print) a walk shows whole, nothing dimmed: a
 * handout reads the code, the talk walks through it. A reveal.js
 * `<code data-line-numbers>` is split into lines on first sight. A capped
 * block scrolls smoothly when the speaker has just stepped (`smooth`); a slide
 * being laid out, a thumbnail or a printed page jumps straight there. True
 * when a block was capped to the room on its slide: the slide must fit itself again.
 */
export function showCodeStep(box: HTMLElement, step: number, smooth = false): boolean {
  for (const code of box.querySelectorAll<HTMLElement>('code[data-line-numbers]')) prepareRevealCode(code);
  const blocks = [...box.querySelectorAll<HTMLElement>(WALK)];
  if (blocks.length === 0) return false;
  const capped = step !== Infinity && capToRoom(box, blocks);
  for (const block of blocks) {
    const groups = readGroups(block.getAttribute('data-lectern-lines') ?? '');
    const steps = (block.getAttribute('data-lectern-code-steps') ?? '').split(',').map(Number);
    let at = 0;
    steps.forEach((shows, i) => {
      if (shows <= step && shows >= (steps[at] ?? 0)) at = i;
    });
    showGroup(block, step === Infinity ? undefined : groups[at]);
    scrollToFocus(block, smooth);
  }
  return capped;
}

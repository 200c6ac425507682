/** A block capped to the room on its slide still shows this many lines. */
const MIN_LINES = 4;
/** Canvas pixels a capped block leaves spare: the code font may arrive after the measurement and take a little more. */
const SLACK = 12;

/** Blocks already measured against the room on their slide: once per placement (each placement makes new elements). */
const measured = new WeakSet<Element>();
/** Where each block was last asked to scroll: a smooth scroll under way has not reached it yet. */
const scrollTargets = new WeakMap<Element, number>();

/** The height of one row of code, unrounded (offsetHeight rounds it, and the error adds up over a block). */
function rowHeight(block: HTMLElement): number {
  const line = block.querySelector('.line');
  return (line && parseFloat(getComputedStyle(line).lineHeight)) || 1;
}

/** The room the slide gives its content, in canvas pixels, as lectern-slide's fit measures it; 0 when unknown. */
function room(box: HTMLElement): number {
  const root = box.getRootNode();
  const host = root instanceof ShadowRoot ? (root.host as HTMLElement & { height?: unknown }) : undefined;
  if (!host) return 0;
  const height = typeof host.height === 'number' ? host.height : host.clientHeight;
  const padY = parseFloat(getComputedStyle(host).getPropertyValue('--lectern-slide-padding-y')) || 56;
  return height - 2 * padY;
}

/**
 * A walk taller than the room on its slide gets a capped height and scrolls,
 * rather than shrink the whole slide. Measured before the slide's fit, which
 * then sees the capped height.
 */
/** Caps the blocks not yet measured to the room on the slide; whether any block's height changed. */
export function capToRoom(box: HTMLElement, blocks: HTMLElement[]): boolean {
  const fresh = blocks.filter((block) => !measured.has(block));
  fresh.forEach((block) => measured.add(block));
  const space = room(box);
  let over = box.offsetHeight - space + SLACK;
  if (fresh.length === 0 || space <= 0 || over <= SLACK) return false;
  let capped = false;
  for (const block of fresh.sort((a, b) => b.offsetHeight - a.offsetHeight)) {
    const lineHeight = rowHeight(block);
    block.classList.add('lectern-capped');
    const style = getComputedStyle(block);
    const chrome = ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'] as const;
    const chromeHeight = chrome.reduce((sum, side) => sum + parseFloat(style[side]), 0);
    // Whole lines: scrolled to either end, no line shows cut in half.
    const lines = Math.max(MIN_LINES, Math.floor((block.offsetHeight - over - chromeHeight) / lineHeight));
    const height = lines * lineHeight + chromeHeight;
    if (height >= block.offsetHeight) {
      block.classList.remove('lectern-capped');
      continue;
    }
    over -= block.offsetHeight - height;
    block.style.maxHeight = `${height}px`;
    capped = true;
    if (over <= 0) break;
  }
  return capped;
}

/** Scrolls a capped block so that its highlighted lines are in view (centred when they fit, else their top). */
export function scrollToFocus(block: HTMLElement, smooth: boolean): void {
  if (block.scrollHeight <= block.clientHeight) return;
  const focus = block.querySelectorAll<HTMLElement>('.line.focus');
  const first = focus[0];
  const last = focus[focus.length - 1];
  let top = 0;
  if (first && last) {
    const outer = block.getBoundingClientRect();
    const scale = outer.height / block.offsetHeight || 1;
    const offset = (line: HTMLElement, edge: 'top' | 'bottom'): number =>
      (line.getBoundingClientRect()[edge] - outer.top) / scale - block.clientTop + block.scrollTop;
    const [from, to] = [offset(first, 'top'), offset(last, 'bottom')];
    const view = block.clientHeight;
    const current = scrollTargets.get(block) ?? block.scrollTop;
    top = from >= current && to <= current + view ? current : to - from > view ? from : from - (view - (to - from)) / 2;
  }
  const lineHeight = rowHeight(block);
  top = Math.max(0, Math.min(Math.round(top / lineHeight) * lineHeight, block.scrollHeight - block.clientHeight));
  scrollTargets.set(block, top);
  block.scrollTo({ top, behavior: smooth && !matchMedia('(prefers-reduced-motion: reduce)').matches ? 'smooth' : 'instant' });
}

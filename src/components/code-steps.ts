import { readLineNumbersAttribute } from '../deck/line-ranges';

/** A code walk: a block whose highlighted lines change with the slide's steps (render/code-walk.ts writes the attributes). */
const WALK = '[data-lectern-lines][data-lectern-code-steps]';
/** A block capped to the room on its slide still shows this many lines. */
const MIN_LINES = 4;
/** Canvas pixels a capped block leaves spare: the code font may arrive after the measurement and take a little more. */
const SLACK = 12;

/** Blocks already measured against the room on their slide: once per placement (each placement makes new elements). */
const measured = new WeakSet<Element>();
/** Where each block was last asked to scroll: a smooth scroll under way has not reached it yet. */
const scrollTargets = new WeakMap<Element, number>();

/** reveal.js code in a deck's own HTML holds plain text: each line goes into a `.line` span, as in a rendered fence. */
function splitLines(code: HTMLElement): void {
  const lines: HTMLElement[] = [];
  const newLine = (): HTMLElement => {
    const line = document.createElement('span');
    line.className = 'line';
    lines.push(line);
    return line;
  };
  let line = newLine();
  for (const node of [...code.childNodes]) {
    if (node.nodeType !== Node.TEXT_NODE) {
      line.append(node);
      continue;
    }
    (node.textContent ?? '').split('\n').forEach((text, i) => {
      if (i > 0) {
        line.append('\n');
        line = newLine();
      }
      if (text) line.append(text);
    });
  }
  if (lines.length > 1 && line.childNodes.length === 0) lines.pop();
  if (lines.length > 1 && lines[0]?.textContent === '\n') lines.shift();
  code.replaceChildren(...lines);
}

/** reveal.js `<code data-line-numbers="1-2|3">`: numbered and highlighted like a fence with the same ranges. */
function prepareRevealCode(code: HTMLElement): void {
  const holder = code.parentElement?.localName === 'pre' ? code.parentElement : code;
  if (holder.querySelector('.line')) return;
  const { groups, numbers, start } = readLineNumbersAttribute(code.getAttribute('data-line-numbers') ?? '');
  splitLines(code);
  if (numbers) {
    holder.setAttribute('data-lectern-numbers', '');
    holder.style.setProperty('--lectern-line-start', String(start - 1));
    holder.style.setProperty('--lectern-line-digits', String(String(start + code.children.length - 1).length));
  }
  if (groups.length === 0) return;
  holder.setAttribute('data-lectern-lines', groups.map((group) => group.join(',')).join('|'));
  const steps = code.getAttribute('data-lectern-code-steps');
  if (steps && groups.length > 1) holder.setAttribute('data-lectern-code-steps', steps);
  showGroup(holder, groups[0]);
}

const readGroups = (value: string): number[][] => value.split('|').map((group) => (group ? group.split(',').map(Number) : []));

/** Marks the lines of a group (1-based); an empty group, or none, dims nothing. */
function showGroup(block: HTMLElement, group: readonly number[] | undefined): void {
  const lit = new Set(group);
  block.querySelectorAll('.line').forEach((line, i) => line.classList.toggle('focus', lit.has(i + 1)));
}

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
function capToRoom(box: HTMLElement, blocks: HTMLElement[]): boolean {
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
function scrollToFocus(block: HTMLElement, smooth: boolean): void {
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

/**
 * Shows each code walk in a slide's content box at a step: the group whose
 * step is the largest at or below it is highlighted, the other lines dimmed.
 * At Infinity (the overview, print) a walk shows whole, nothing dimmed: a
 * handout reads the code, the talk walks through it. A reveal.js
 * `<code data-line-numbers>` is split into lines on first sight. `smooth`: the
 * speaker stepped (a slide just laid out, a thumbnail or a printed page jumps straight there). True when a
 * block was capped to the room on its slide: the slide must fit itself again.
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

import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { markdownToHtml } from '../render/markdown-to-html';
import { parseLinkDefinitions } from '../render/markdown';
import { sanitize } from '../render/sanitize';
import { adoptInSlides } from '../themes/slide-sheets';
import { codeWalkStyles } from '../styles/code-walk-styles';
import { showCodeStep } from './code-steps';
import { LecternSlide } from './lectern-slide';

beforeAll(() => {
  LecternSlide.stepper = (box, step, _steps, stepped) => showCodeStep(box, step, stepped);
  adoptInSlides(codeWalkStyles);
});

afterEach(() => {
  document.body.replaceChildren();
});

const code = (lines: number): string => Array.from({ length: lines }, (_, i) => `let v${i + 1} = ${i + 1};`).join('\n');

/** A current slide on a 1280×720 canvas showing this Markdown, as the app renders and sanitizes it. */
async function showSlide(markdown: string): Promise<{ slide: LecternSlide; box: HTMLElement }> {
  const html = sanitize(await markdownToHtml(markdown, parseLinkDefinitions(''), []), { deckUrl: location.href, styles: true });
  const canvas = document.createElement('div');
  canvas.style.cssText = 'position: relative; width: 1280px; height: 720px;';
  const slide = document.createElement('lectern-slide');
  slide.current = true;
  slide.step = 0;
  slide.content = html;
  canvas.append(slide);
  document.body.append(canvas);
  const box = await vi.waitFor(() => {
    const found = slide.shadowRoot?.querySelector<HTMLElement>('.content');
    expect(found?.querySelector('pre')).toBeTruthy();
    return found as HTMLElement;
  });
  await vi.waitFor(() => expect(slide.fittedScale).toBeDefined());
  return { slide, box };
}

/** 1-based numbers of the highlighted lines of a block. */
const focused = (block: Element): number[] =>
  [...block.querySelectorAll('.line')].flatMap((line, i) => (line.classList.contains('focus') ? [i + 1] : []));
const opacity = (block: Element, line: number): number => Number(getComputedStyle(block.querySelectorAll('.line')[line - 1] as Element).opacity);

it('highlights each group of ```js {1-2|3|5-9} at its step, dims the rest, and shows the code whole at Infinity', async () => {
  const { slide, box } = await showSlide(`\`\`\`js {1-2|3|5-9} lectern-steps=0,1,2\n${code(9)}\n\`\`\``);
  const pre = box.querySelector('pre') as HTMLElement;
  expect(focused(pre)).toEqual([1, 2]);
  await vi.waitFor(() => expect(opacity(pre, 3)).toBeCloseTo(0.4));
  expect(opacity(pre, 1)).toBe(1);

  slide.step = 1;
  await slide.updateComplete;
  expect(focused(pre)).toEqual([3]);
  slide.step = 2;
  await slide.updateComplete;
  expect(focused(pre)).toEqual([5, 6, 7, 8, 9]);
  slide.step = 1;
  await slide.updateComplete;
  expect(focused(pre)).toEqual([3]);

  slide.step = Infinity;
  await slide.updateComplete;
  expect(focused(pre)).toEqual([]);
  await vi.waitFor(() => expect([1, 3, 9].map((n) => opacity(pre, n))).toEqual([1, 1, 1]));
});

it('a block shown from a later step keeps its first group until then', async () => {
  const { slide, box } = await showSlide(`\`\`\`js {1|2} lectern-steps=3,4\n${code(3)}\n\`\`\``);
  const pre = box.querySelector('pre') as HTMLElement;
  slide.step = 2;
  await slide.updateComplete;
  expect(focused(pre)).toEqual([1]);
  slide.step = 4;
  await slide.updateComplete;
  expect(focused(pre)).toEqual([2]);
});

it('splits reveal.js <code data-line-numbers="1|2"> into numbered lines and steps through them, its text unchanged', async () => {
  const { slide, box } = await showSlide('<pre><code data-line-numbers="1|2" data-lectern-code-steps="0,1">first()\nsecond()\n</code></pre>');
  const pre = box.querySelector('pre') as HTMLElement;
  expect(pre.querySelectorAll('.line')).toHaveLength(2);
  expect(pre.hasAttribute('data-lectern-numbers')).toBe(true);
  expect(pre.querySelector('code')?.textContent).toBe('first()\nsecond()\n');
  expect(focused(pre)).toEqual([1]);
  slide.step = 1;
  await slide.updateComplete;
  expect(focused(pre)).toEqual([2]);
});

it('numbers lines outside the text: copying the code copies no numbers', async () => {
  const { box } = await showSlide('```python {lines}\nimport os\nprint(os.sep)\n```');
  const line = box.querySelector('.line') as HTMLElement;
  expect(getComputedStyle(line, '::after').content).toBe('counter(lectern-line)');
  const selection = getSelection();
  selection?.selectAllChildren(box.querySelector('code') as HTMLElement);
  expect(selection?.toString()).toBe('import os\nprint(os.sep)');
});

it('caps a walk taller than the slide and scrolls its highlighted lines into view, rather than shrink the slide', async () => {
  const { slide, box } = await showSlide(`## A long walk\n\n\`\`\`js {1-2|38-40} lectern-steps=0,1\n${code(40)}\n\`\`\``);
  const pre = box.querySelector('pre') as HTMLElement;
  expect(pre.scrollHeight).toBeGreaterThan(pre.clientHeight);
  expect(slide.fittedScale).toBeGreaterThan(0.95);
  expect(pre.scrollTop).toBe(0);
  const inView = (n: number): boolean => {
    const line = (pre.querySelectorAll('.line')[n - 1] as HTMLElement).getBoundingClientRect();
    const view = pre.getBoundingClientRect();
    return line.top >= view.top && line.bottom <= view.bottom;
  };
  expect(inView(40)).toBe(false);
  slide.step = 1;
  await slide.updateComplete;
  await vi.waitFor(() => expect([38, 39, 40].map(inView)).toEqual([true, true, true]));
  slide.step = 0;
  await slide.updateComplete;
  await vi.waitFor(() => expect(inView(1)).toBe(true));
});

it('a deck that writes the markers itself, wrongly, gets no highlight and no error', async () => {
  const { slide, box } = await showSlide('<pre data-lectern-lines="x|,|" data-lectern-code-steps="a,b"><code data-line-numbers="9-1|z">one\ntwo</code></pre>');
  slide.step = 1;
  await slide.updateComplete;
  expect(focused(box.querySelector('pre') as HTMLElement)).toEqual([]);
  expect(box.querySelector('code')?.textContent).toBe('one\ntwo');
});

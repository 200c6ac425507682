import { fitContent } from '../components/fit-content';
import type { LecternSlide } from '../components/lectern-slide';
import type { SlideLook } from '../components/slide-look';
import '../components/lectern-slide';

export interface PageContent {
  index: number;
  count: number;
  slide: string;
  /** Classes, layout and background from the deck, as in the talk. */
  look: SlideLook | undefined;
  /** Speaker notes and `.notes:` lines (sanitized HTML), or undefined when notes are not printed. */
  notes: string | undefined;
  /** With `&steps`, the step this page shows, of the slide's `steps`; else the slide is printed whole. */
  step?: number;
  steps?: number;
  /** The number each slide shows, when some are not counted (remark's `count: false`). */
  numbers?: number[] | undefined;
}

/**
 * One printed page: the slide on its canvas, exactly as the audience sees it
 * (the same <lectern-slide>, rendering and fitting), its number in the corner,
 * and with `&notes` the notes in the room under it.
 */
export function printPage(content: PageContent, page: { width: number; height: number }, canvas: { width: number; height: number }): HTMLElement {
  const { index, count } = content;
  const box = document.createElement('section');
  box.className = 'page';
  const step = content.step === undefined ? '' : `, step ${content.step} of ${content.steps ?? 0}`;
  box.setAttribute('aria-label', `Slide ${index + 1} of ${count}${step}`);
  box.style.width = `${page.width}px`;
  box.style.height = `${page.height}px`;
  const frame = document.createElement('div');
  frame.className = 'canvas';
  frame.style.width = `${canvas.width}px`;
  frame.style.height = `${canvas.height}px`;
  const slide = document.createElement('lectern-slide');
  slide.setAttribute('role', 'group');
  slide.setAttribute('aria-roledescription', 'slide');
  slide.titleSlide = index === 0;
  slide.width = canvas.width;
  slide.height = canvas.height;
  slide.content = content.slide;
  slide.look = content.look;
  slide.step = content.step ?? Infinity;
  // Every slide is shown at once: each is placed and fitted as the current one is.
  slide.current = true;
  const number = document.createElement('div');
  number.className = 'page-number';
  const { numbers } = content;
  number.textContent = `${numbers?.[index] ?? index + 1} / ${numbers?.at(-1) ?? count}${step.replace(',', ' ·')}`;
  frame.append(slide, number);
  box.append(frame);
  if (content.notes !== undefined) {
    const notes = document.createElement('aside');
    notes.className = 'notes';
    notes.setAttribute('aria-label', `Notes for slide ${index + 1}`);
    notes.style.height = `${page.height - canvas.height}px`;
    const text = document.createElement('div');
    text.className = 'notes-text';
    if (content.notes) text.innerHTML = content.notes;
    else text.innerHTML = '<p class="empty">No notes for this slide.</p>';
    notes.append(text);
    box.append(notes);
  }
  return box;
}

/**
 * Waits until the page's slide has placed its HTML, loaded its images (or put
 * placeholders for the missing ones) and fitted the result, then fits its notes.
 */
export async function settlePage(box: HTMLElement): Promise<void> {
  const slide = box.querySelector<LecternSlide>('lectern-slide');
  if (!slide) return;
  // The slide places its HTML in the first frame after it is connected (see LecternSlide.willUpdate),
  // after this callback if both were asked for in the same task: the second frame is past it.
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await slide.updateComplete;
  const images = [...slide.renderRoot.querySelectorAll('img'), ...box.querySelectorAll('img')];
  await Promise.all(
    images.map((img) => {
      // Off screen, a lazy image would never load before the print.
      img.loading = 'eager';
      return img.complete ? undefined : new Promise((resolve) => {
        img.addEventListener('load', resolve, { once: true });
        img.addEventListener('error', resolve, { once: true });
      });
    }),
  );
  await slide.updateComplete;
  const notes = box.querySelector<HTMLElement>('.notes');
  const text = notes?.querySelector<HTMLElement>('.notes-text');
  if (notes && text) {
    const fit = fitContent(text, box.offsetWidth - 96, notes.clientHeight - 48);
    text.style.transform = `scale(${fit.scale})`;
  }
}

/**
 * An image that takes one side of a slide, the content the rest: Slidev's
 * `image-left` / `image-right` layouts (slide-look.ts) and Marp's split
 * backgrounds, `![bg left:40%]` (marp-dress.ts). One place writes the
 * content's padding and shift, so the two never undo each other.
 */
import type { LecternSlide } from './lectern-slide';

/**
 * Gives `fraction` of the slide's width on `side` to an image: the content is
 * narrowed by that much (its side padding is `pad` plus half of it, which the
 * fit reads) and moved across. No side: the content gets the whole slide back.
 * `pad`: the padding at each side of the narrowed content; the theme's when absent.
 */
export function giveHalf(host: LecternSlide, box: HTMLElement, side: 'left' | 'right' | undefined, fraction = 0.5, pad?: number): void {
  host.style.removeProperty('--lectern-slide-padding-x');
  box.style.translate = '';
  if (!side) return;
  const padding = pad ?? (parseFloat(getComputedStyle(host).getPropertyValue('--lectern-slide-padding-x')) || 72);
  const shift = (host.width * fraction) / 2;
  host.style.setProperty('--lectern-slide-padding-x', `${padding + shift}px`);
  box.style.translate = `${side === 'left' ? shift : -shift}px 0`;
}

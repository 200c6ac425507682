/**
 * Marp's image syntax, read from a slide's Markdown (Marp decks only):
 * `![bg …](x.png)` is a background, not an image on the slide, and
 * `![w:300px h:120](x.png)` sizes an inline image. Keywords leave the alt text.
 */
import { escapeHtml } from '../render/escape-html';
import { imageUrl } from './look-values';
import type { MarpBackground, MarpSplit } from './marp-slide';

/** A Markdown image (alt, URL maybe in `<…>`, an optional title), or a code span, which is left as it is. */
const IMAGE = /(`+)[^`]*?\1|!\[([^\]\n]*)\]\(\s*<?([^\s<>()]+)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
const LENGTH = /^\d{1,5}(?:\.\d+)?(?:px|em|rem|%|vw|vh|cm|mm|in|pt)?$/;
/** Marpit's filters and their values when none is given. */
const FILTERS: Readonly<Record<string, string>> = {
  blur: '10px', brightness: '1.5', contrast: '2', grayscale: '1', 'hue-rotate': '180deg', invert: '1', opacity: '0.5', saturate: '2', sepia: '1',
};
const FILTER_VALUE = /^\d{1,4}(?:\.\d+)?(?:px|em|deg|turn|%)?$/;

/** A length as CSS: a bare number is pixels; anything else is dropped. */
export function cssLength(text: string): string | undefined {
  if (!LENGTH.test(text)) return undefined;
  return /\d$/.test(text) ? `${text}px` : text;
}

export interface MarpImages {
  markdown: string;
  backgrounds: MarpBackground[];
  split?: MarpSplit;
  vertical: boolean;
}

interface Keywords {
  words: string[];
  width?: string;
  height?: string;
}

/** The size keywords (`w:`, `width:`, `h:`, `height:`) taken out of an alt text's words. */
function sizeKeywords(alt: string): Keywords {
  const found: Keywords = { words: [] };
  for (const word of alt.split(/\s+/).filter(Boolean)) {
    const size = /^(w|width|h|height):(.+)$/.exec(word);
    const length = size ? cssLength(size[2] ?? '') : undefined;
    if (size && length !== undefined) found[size[1]?.startsWith('w') ? 'width' : 'height'] = length;
    else found.words.push(word);
  }
  return found;
}

/** One `bg` image's keywords; a split (`left`, `right:40%`) and `vertical` belong to the whole slide. */
function readBackground(url: string, words: string[], width: string | undefined, height: string | undefined, out: MarpImages): MarpBackground {
  const background: MarpBackground = { url };
  const filters: string[] = [];
  for (const word of words) {
    const [name = '', value] = word.split(':', 2) as [string, string | undefined];
    const key = name.toLowerCase();
    if (key === 'contain' || key === 'fit') background.size = 'contain';
    else if (key === 'cover' || key === 'auto') background.size = key;
    else if (/^\d{1,4}(?:\.\d+)?%$/.test(word)) background.size = word;
    else if (key === 'vertical') out.vertical = true;
    else if (key === 'left' || key === 'right') {
      const size = value === undefined ? 50 : Number(/^(\d{1,2}(?:\.\d+)?)%$/.exec(value)?.[1] ?? NaN);
      if (!out.split && size > 0 && size < 100) out.split = { side: key, size };
    } else if (Object.hasOwn(FILTERS, key)) {
      const amount = value ?? FILTERS[key] ?? '';
      if (FILTER_VALUE.test(amount)) filters.push(`${key}(${amount})`);
    }
  }
  if (width !== undefined || height !== undefined) background.size = `${width ?? 'auto'} ${height ?? 'auto'}`;
  if (filters.length > 0) background.filter = filters.join(' ');
  return background;
}

/** A slide's Markdown with Marp's backgrounds taken out and sized images written as HTML; lines stay where they were. */
export function readMarpImages(markdown: string, deckUrl: string, textLine: (index: number) => boolean): MarpImages {
  const out: MarpImages = { markdown, backgrounds: [], vertical: false };
  out.markdown = markdown
    .split('\n')
    .map((line, index) =>
      !textLine(index) || !line.includes('![')
        ? line
        : line.replace(IMAGE, (image: string, code: string | undefined, alt = '', href = '') => {
            if (code) return image;
            const { words, width, height } = sizeKeywords(alt);
            if (words[0]?.toLowerCase() === 'bg') {
              const url = imageUrl(href, deckUrl);
              if (url !== undefined) out.backgrounds.push(readBackground(url, words.slice(1), width, height, out));
              return '';
            }
            if (width === undefined && height === undefined) return image;
            const style = [width && `width:${width}`, height && `height:${height}`].filter(Boolean).join(';');
            return `<img src="${escapeHtml(href)}" alt="${escapeHtml(words.join(' '))}" style="${style}">`;
          }),
    )
    .join('\n');
  return out;
}

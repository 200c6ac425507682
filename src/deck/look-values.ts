/**
 * The values a deck may give a slide's look, made safe: class and layout
 * names, a CSS colour, an image URL. Whatever fails a check is dropped, never
 * repaired, so nothing a deck writes can reach a selector or a declaration
 * other than the one it was read for.
 */
import type { SlideBackground } from './types';

const NAME = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_CLASSES = 32;

/** `center, middle` / `"lead invert"` → names; a name with any other character is dropped whole. */
export function classNames(text: string): string[] {
  const names = text.replace(/^(["'])(.*)\1$/, '$2').split(/[\s,]+/).filter((name) => NAME.test(name));
  return [...new Set(names)].slice(0, MAX_CLASSES);
}

/** Other tools' names for the built-in layouts. */
const ALIASES: Readonly<Record<string, string>> = {
  'two-cols': 'two-columns', cover: 'title', intro: 'title', lead: 'center',
  // Slidev's: a header over two columns is two columns with a head; a fact, a statement and the end are one big centred line.
  'two-cols-header': 'two-columns', fact: 'section', statement: 'section', end: 'section',
};

export function layoutName(text: string): string | undefined {
  const name = text.trim().replace(/^(["'])(.*)\1$/, '$2').toLowerCase();
  // remark's `layout: true` marks a template slide, not a layout.
  if (!NAME.test(name) || name === 'true' || name === 'false' || name === 'default' || name === 'none') return undefined;
  return ALIASES[name] ?? name;
}

const COLOUR = /^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]{3,30}|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([\w .,%/+-]*\))$/i;

/** A colour token: a hex, a name, or one colour function of plain numbers; never `url(`, `var(`, `expression(`, `;` or `}`. */
export function cssColour(text: string): string | undefined {
  const value = text.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  return COLOUR.test(value) ? value : undefined;
}

/** An http(s) URL, absolute or resolved against the deck's; `url(...)` is unwrapped. Other schemes are dropped. */
export function imageUrl(text: string, deckUrl: string): string | undefined {
  const value = text.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  const raw = /^url\(\s*(["']?)(.*?)\1\s*\)$/i.exec(value)?.[2] ?? value;
  if (raw === '') return undefined;
  try {
    const url = new URL(raw, deckUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** reveal.js `data-background` and Slidev/Lectern `bg:`: a colour if it reads as one, else an image (a path or URL: it has a `.` or `/`). */
export function backgroundOf(text: string, deckUrl: string): SlideBackground {
  const color = cssColour(text);
  if (color !== undefined) return { color };
  const image = /[./]/.test(text) ? imageUrl(text, deckUrl) : undefined;
  return image === undefined ? {} : { image };
}

const PLACE = /^(?:(?:auto|cover|contain|top|bottom|left|right|center|-?\d+(?:\.\d+)?(?:px|%|em|rem|vw|vh)?)(?:\s+|$)){1,4}$/i;

/** remark's `background-size` / `background-position`: keywords and lengths only (`cover`, `50% 20px`, `top right`). */
export function backgroundPlace(text: string): string | undefined {
  const value = text.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  return PLACE.test(value) ? value : undefined;
}

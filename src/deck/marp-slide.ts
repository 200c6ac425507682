/**
 * What a Marp deck (`marp: true`) adds to a slide, beyond the classes and
 * backgrounds every dialect has (slide-looks.ts): `![bg]` images, the page
 * number, header and footer, text colour, fitting headings and the deck-wide
 * `<style>`. Pure: the DOM side is src/components/marp-dress.ts.
 */
import { scanBlocks } from './block-scanner';
import { slideTitle } from './headings';
import { slug } from './inline-text';
import { cssColour } from './look-values';
import { readMarpImages } from './marp-images';
import { styleLines } from './style-blocks';
import type { Settings } from './slide-directives';
import type { Heading, Slide } from './types';

export interface MarpBackground {
  /** An absolute http(s) URL. */
  url: string;
  /** A CSS `background-size`: `cover` when absent. */
  size?: string;
  /** A CSS `filter` of plain functions and numbers. */
  filter?: string;
}

/** `![bg left:40%]`: the images take that side of the slide, the content the rest. */
export interface MarpSplit {
  side: 'left' | 'right';
  /** Percent of the slide's width. */
  size: number;
}

export interface MarpSlide {
  backgrounds?: MarpBackground[];
  /** Several backgrounds stack top to bottom rather than side by side. */
  vertical?: boolean;
  split?: MarpSplit;
  /** Show the page number. */
  paginate?: boolean;
  /** Text colour (a checked CSS colour). */
  color?: string;
  /** The deck's global `<style>`, the same object on every slide. */
  style?: MarpStyle;
}

/** A Marp deck's global `<style>`: its CSS as written, and the deck's URL (only a deck of the site's own may style). */
export interface MarpStyle {
  css: string;
  deckUrl: string;
}

/** Where the DOM side finds the header and footer, and the headings to fit (marp-dress.ts). */
export const MARP_HEADER = 'lectern-marp-header';
export const MARP_FOOTER = 'lectern-marp-footer';
export const MARP_FIT = 'lectern-fit';

const FIT_HEADING = /^( {0,3}#{1,6}[ \t]+)<!--[ \t]*fit[ \t]*-->[ \t]*(.*)$/;
const STYLE_OPEN = /^ {0,3}<style(?:\s[^>]*)?>/i;

const unquote = (value: string): string => value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();

/** A Marp `<style>` without `scoped`: the deck's, for every slide (marp-dress.ts adopts it). */
const isGlobal = (line: string): boolean => STYLE_OPEN.test(line) && !/^[^>]*\sscoped\b/i.test(line);

/** Whether line i opens a style block (one may follow another directly). */
const opens = (inside: boolean[], lines: string[], i: number): boolean => inside[i] === true && (!inside[i - 1] || /<\/style>/i.test(lines[i - 1] ?? ''));

/** The CSS of the deck's global `<style>` blocks, outside code: what is between their tags. */
export function globalStyles(markdowns: string[]): string {
  const styles: string[] = [];
  for (const markdown of markdowns) {
    const lines = markdown.split('\n');
    const inside = styleLines(lines, scanBlocks(lines).kinds);
    let block: string[] | undefined;
    lines.forEach((line, i) => {
      if (opens(inside, lines, i)) block = isGlobal(line) ? [] : undefined;
      if (inside[i] && block) block.push(line);
      if (inside[i] && block && (!inside[i + 1] || opens(inside, lines, i + 1))) {
        const text = block.join('\n');
        styles.push(text.slice(text.indexOf('>') + 1, text.search(/<\/style>|$/i)));
        block = undefined;
      }
    });
  }
  return styles.join('\n');
}

/** A heading written `# <!-- fit --> Title` is titled (and linked to) as `Title`. */
const unfit = (heading: Heading): Heading => {
  const text = heading.text.replace(/^<!--[ \t]*fit[ \t]*-->[ \t]*/, '');
  return text === heading.text ? heading : { ...heading, text, id: slug(text) };
};

/** The Marp parts of one slide; `settings` are its directives in force (front matter, sticky, local). */
export function marpSlide(slide: Pick<Slide, 'markdown' | 'headings'>, settings: Settings, deckUrl: string, style?: MarpStyle): Pick<Slide, 'markdown' | 'marp' | 'headings' | 'title'> {
  const { markdown } = slide;
  const lines = markdown.split('\n');
  const { kinds } = scanBlocks(lines);
  const images = readMarpImages(markdown, deckUrl, (index) => kinds[index] === 'text');
  // A global `<style>` is taken out where it was written (kept as blank lines): every slide gets it when dressed.
  const inside = styleLines(lines, kinds);
  let global = false;
  const body = images.markdown.split('\n').map((line, index) => {
    if (opens(inside, lines, index)) global = isGlobal(line);
    if (inside[index] && global) return '';
    return kinds[index] === 'text' ? line.replace(FIT_HEADING, `$1$2 <span class="${MARP_FIT}"></span>`) : line;
  });
  const headings = slide.headings.map(unfit);
  // Its title as the slide now reads: a `![bg]` line is no title.
  const title = slideTitle(body, kinds, headings);
  const marp: MarpSlide = {};
  if (images.backgrounds.length > 0) marp.backgrounds = images.backgrounds;
  if (images.vertical) marp.vertical = true;
  if (images.split) marp.split = images.split;
  if (unquote(settings.paginate ?? '').toLowerCase() === 'true') marp.paginate = true;
  const color = settings.color === undefined ? undefined : cssColour(settings.color);
  if (color !== undefined) marp.color = color;
  if (style) marp.style = style;
  // Header and footer are Markdown: rendered with the slide, then moved to their place (marp-dress.ts).
  for (const [key, name] of [['header', MARP_HEADER], ['footer', MARP_FOOTER]] as const) {
    const text = unquote(settings[key] ?? '');
    if (text !== '') body.push('', `<div class="${name}">`, '', text.replace(/\n+/g, ' '), '', '</div>');
  }
  return { markdown: body.join('\n'), marp, headings, title };
}

/** What slide-looks.ts takes from this module, which only Marp decks load (src/components/marp-look.ts). */
export interface MarpParser {
  marpSlide: typeof marpSlide;
  globalStyles: typeof globalStyles;
}

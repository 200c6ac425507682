/** The deck model: what a Markdown source means, before any rendering. */
import type { Transition } from './slide-transition';
import type { MarpSlide } from './marp-slide';

export type Ratio = '16:9' | '4:3';

export interface DeckMeta {
  title?: string;
  author?: string;
  ratio: Ratio;
  /** Planned talk length in seconds, from `duration:` in front matter. */
  durationSeconds?: number;
  /** `theme:`, when it names a built-in theme: `light`, `dark` or `high-contrast`. */
  theme?: string;
  /** `css:`, when it names a `.css` file: the deck's own stylesheet, relative to the deck. */
  css?: string;
}

export interface Heading {
  level: number;
  text: string;
  /** GitHub-style id, unique across the whole deck. */
  id: string;
}

export interface Slide {
  /** 0-based position in the deck. */
  index: number;
  /** The slide's Markdown, without its notes. */
  markdown: string;
  /** Speaker notes as Markdown; empty when the slide has none. */
  notes: string;
  /** Landslide `.notes:` text, shown on the slide only while notes are toggled on. */
  inlineNotes: string;
  /** First heading, else the first line of text, as plain text; may be empty. */
  title: string;
  headings: Heading[];
  /** The slide's own id (reveal.js `id=`, remark `name:`): `#/id` and `#id` go there before a heading id. */
  id?: string;
  /** Classes from the slide's own settings (remark, reveal.js, Slidev, Marp, Landslide): only `[A-Za-z0-9_-]` names. */
  classes?: string[];
  /** A built-in or deck-defined layout, such as `two-columns` (see slide-looks.ts). */
  layout?: string;
  /** A CSS colour, and an absolute http(s) image URL. */
  background?: SlideBackground;
  /** Build-up steps (slide-steps.ts): how many presses of Next reveal the rest of the slide; absent: none. */
  steps?: number;
  /** How the slide is arrived at in the talk (slide-transition.ts): reveal.js `data-transition`, Slidev `transition:`. */
  transition?: Transition;
  /** Marp decks only (marp-slide.ts): `![bg]` images, page number, text colour. */
  marp?: MarpSlide;
}

export interface SlideBackground {
  color?: string;
  image?: string;
  /** CSS `background-size` / `background-position` (remark), checked by look-values. */
  size?: string;
  position?: string;
}

export interface Deck {
  meta: DeckMeta;
  slides: Slide[];
  /** Reference-link definitions from anywhere in the deck, one per line, for every slide to share. */
  linkDefinitions: string;
  /** Problems worth telling the author about (an unclosed fence, an unknown ratio). */
  warnings: string[];
  /** The number each slide shows, when some are not counted (remark's `count: false`); else the slide's place. */
  numbers?: number[];
}

import type { MarkedExtension, RendererExtension, TokenizerAndRendererExtension, Tokens } from 'marked';
import { typeset } from './typeset-math';

interface MathToken {
  type: 'math';
  raw: string;
  tex: string;
  display: boolean;
}

/**
 * Landslide ran Python-Markdown before MathJax saw `\\( … \\)`, so its escapes were already
 * undone: `\\\\` reached MathJax as `\\`, `\_` as `_`. Read the same way, such a deck shows the same formula.
 */
const landslideTex = (tex: string): string => tex.replace(/\\([\\`*_{}[\]()>#+\-.!])/g, '$1');

/**
 * Delimiter pairs, as written in the Markdown source. A closing delimiter is looked for with
 * indexOf and at most MAX_TEX characters on: a slide full of unclosed `\\(` stays quick to lex.
 */
const MAX_TEX = 2000;
const DISPLAY = [['$$', '$$', false], ['\\\\[', '\\\\]', true]] as const;
const INLINE = [...DISPLAY, ['\\\\(', '\\\\)', true]] as const;

/**
 * Pandoc's rule, so prices stay text: `$` opens when a non-space follows it, closes when a
 * non-space precedes it and no digit follows. `\$` is marked's escape: a plain dollar.
 */
const DOLLAR = /^\$(?![\s$])((?:\\[\s\S]|[^\\$])*?(?:\\[\s\S]|[^\s\\$]))\$(?!\d)/;
/** No blank line inside math, as in Pandoc: a stray `$$` cannot swallow the rest of the slide. */
const BLANK_LINE = /\n[ \t]*\n/;

const mathToken = (raw: string, tex: string, display: boolean, landslide = false): MathToken =>
  ({ type: 'math', raw, tex: landslide ? landslideTex(tex) : tex, display });

/** Where each `close` after `from` is, up to MAX_TEX characters on and the first blank line. */
function* closings(src: string, from: number, close: string): Generator<number> {
  const window = src.slice(0, from + MAX_TEX + close.length);
  for (let at = window.indexOf(close, from + 1); at >= 0 && !BLANK_LINE.test(window.slice(from, at)); at = window.indexOf(close, at + 1)) yield at;
}

const blockMath: TokenizerAndRendererExtension = {
  name: 'mathBlock',
  level: 'block',
  // Only a line that opens display math on its own, or closes it too, may cut a paragraph short: marked
  // re-reads the rest of a paragraph at each cut, so cutting at every `$$ and more` line is quadratic.
  start: (src) => /^ {0,3}(?:\$\$|\\\\\[)(?:[ \t]*$|.*(?:\$\$|\\\\\])[ \t]*$)/m.exec(src)?.index,
  tokenizer(src) {
    const indent = /^ {0,3}/.exec(src)?.[0].length ?? 0;
    for (const [open, close, landslide] of DISPLAY) {
      if (!src.startsWith(open, indent)) continue;
      const from = indent + open.length;
      // The closing delimiter ends its line: `$$ a $$ b` is a paragraph.
      for (const at of closings(src, from, close)) {
        const end = /^[ \t]*(?:\n|$)/.exec(src.slice(at + close.length));
        if (end) return mathToken(src.slice(0, at + close.length + end[0].length), src.slice(from, at), true, landslide);
      }
    }
    return undefined;
  },
  renderer: (token) => `${typeset((token as unknown as MathToken).tex, true)}\n`,
};

const inlineMath: TokenizerAndRendererExtension = {
  name: 'math',
  level: 'inline',
  start: (src) => /\$|\\\\[[(]/.exec(src)?.index,
  tokenizer(src) {
    for (const [open, close, landslide] of INLINE) {
      if (!src.startsWith(open)) continue;
      const at = closings(src, open.length, close).next().value;
      if (at !== undefined) return mathToken(src.slice(0, at + close.length), src.slice(open.length, at), open !== '\\\\(', landslide);
    }
    const found = DOLLAR.exec(src);
    return found ? mathToken(found[0], found[1] ?? '', false) : undefined;
  },
  renderer(token) {
    const { tex, display } = token as unknown as MathToken;
    return typeset(tex, display);
  },
};

/** A ```` ```math ```` fence is display math; every other code block falls through to the code renderer. */
const mathFence: RendererExtension = {
  name: 'code',
  renderer(token) {
    const { lang, text } = token as Tokens.Code;
    return (lang ?? '').trim().split(/\s+/)[0]?.toLowerCase() === 'math' ? `${typeset(text, true)}\n` : false;
  },
};

/** `$…$`, `$$…$$`, Landslide's `\\( … \\)` and `\\[ … \\]`, and ```` ```math ```` fences, typeset with temml. */
export const mathMarked: MarkedExtension = { extensions: [blockMath, inlineMath, mathFence] };

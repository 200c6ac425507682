import { Lexer, Marked, type Token, type Tokens, type TokensList } from 'marked';
import { SEPARATOR, scanBlocks } from './block-scanner';
import { readFrontMatter } from './front-matter';
import { toLines } from './parse-deck';
import { COMMENT_NOTE } from './notes';


/** A URL a deck refers to, as written, on its 1-based line of the deck file. */
export interface DeckReference {
  kind: 'image' | 'link';
  url: string;
  line: number;
}

const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
/** Tags whose `src`, `href`, `poster` or `srcset` fetch or open a file. */
const HTML_TAG = /<(img|a|video|audio|source|track|iframe|embed|image|input)\b((?:"[^"]*"|'[^']*'|[^'">])*)>?/gi;
/** One attribute after another, so a quoted value is never read as attributes of its own. */
const HTML_ATTR = /([^\s"'>/=]+)(?:[ \t\n]*=[ \t\n]*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const URL_ATTRS = new Set(['src', 'href', 'poster', 'srcset']);
const walker = new Marked();

interface Found extends DeckReference {
  definition?: boolean;
}

const newlines = (text: string, end: number): number => {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
};

/** Comments never reach the page: blank them out, keeping their line breaks. */
const withoutComments = (html: string): string => html.replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => c.replace(/[^\n]/g, ' '));

function htmlReferences(html: string, line: number): DeckReference[] {
  const found: DeckReference[] = [];
  for (const tag of withoutComments(html).matchAll(HTML_TAG)) {
    const name = (tag[1] ?? '').toLowerCase();
    for (const attr of (tag[2] ?? '').matchAll(HTML_ATTR)) {
      const key = (attr[1] ?? '').toLowerCase();
      if (!URL_ATTRS.has(key)) continue;
      const value = (attr[2] ?? attr[3] ?? attr[4] ?? '').trim();
      const at = line + newlines(html, tag.index + name.length + 1 + attr.index);
      const image = name === 'img' || name === 'image' || key === 'poster' || (name === 'input' && key === 'src');
      const urls = key === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) if (url !== '') found.push({ kind: image ? 'image' : 'link', url, line: at });
    }
  }
  return found;
}

/** `[text](url)` rather than `[text][label]`: a reference's URL is counted once, at its definition. */
const isInline = (token: Tokens.Link | Tokens.Image): boolean => token.raw.endsWith(')');

/** The references of one slide's text, which starts at file line `first`. */
function chunkReferences(text: string, first: number, links: TokensList['links'], imageUrls: Set<string>): Found[] {
  const lexer = new Lexer({ gfm: true });
  Object.assign(lexer.tokens.links, links);
  const found: Found[] = [];
  let cursor = 0;
  for (const block of lexer.lex(text)) {
    const start = text.indexOf(block.raw, cursor);
    const blockStart = start < 0 ? cursor : start;
    cursor = start < 0 ? cursor : start + block.raw.length;
    const blockLine = first + newlines(text, blockStart);
    // Inline tokens inside lists and quotes lose their indentation; search by first line, in order.
    let inner = 0;
    const lineOf = (raw: string, needle: string): number => {
      const head = raw.split('\n')[0] ?? raw;
      let at = block.raw.indexOf(raw, inner);
      if (at < 0) at = block.raw.indexOf(head, inner);
      if (at < 0) return blockLine;
      inner = at + 1;
      const within = needle === '' ? -1 : raw.indexOf(needle, Math.max(0, raw.lastIndexOf('](')));
      return blockLine + newlines(block.raw, at) + (within < 0 ? 0 : newlines(raw, within));
    };
    walker.walkTokens([block] as Token[], (token) => {
      if (token.type === 'def') {
        const def = token as Tokens.Def;
        found.push({ kind: 'link', url: def.href, line: lineOf(def.raw, def.href), definition: true });
      } else if (token.type === 'link' || token.type === 'image') {
        const link = token as Tokens.Link | Tokens.Image;
        if (token.type === 'image' && !isInline(link)) imageUrls.add(link.href);
        const line = lineOf(link.raw, link.href);
        if (isInline(link)) found.push({ kind: token.type, url: link.href, line });
      } else if (token.type === 'html') {
        const html = token as Tokens.HTML | Tokens.Tag;
        found.push(...htmlReferences(html.raw, lineOf(html.raw, '')));
      }
    });
  }
  return found;
}

/**
 * Every image and link URL a deck's Markdown refers to, with its line in the
 * file: Markdown images and links, reference definitions, and the URLs of raw
 * HTML tags. Code never counts, nor do HTML comments or front matter. Each
 * slide is lexed on its own, as the app renders it, so an unclosed fence ends
 * at the next `---`.
 */
export function deckReferences(markdown: string): DeckReference[] {
  const all = toLines(markdown);
  const front = readFrontMatter(all).lineCount;
  const lines = all.slice(front);
  const { kinds } = scanBlocks(lines, front + 1);
  // Comments and comment idioms (`[//]: # (...)`) are never shown: blank them, keeping line numbers.
  // A `<!-- notes: … -->` comment is speaker notes (notes.ts): its text stays, without the comment marks.
  let inNotes = false;
  const shown = lines.map((line, i) => {
    if (kinds[i] === 'hidden') return '';
    if (kinds[i] !== 'comment') return ((inNotes = false), line);
    if (COMMENT_NOTE.test(line)) inNotes = true;
    const text = inNotes ? line.replace(COMMENT_NOTE, (mark) => ' '.repeat(mark.length)).replace(/-->.*$/, '') : '';
    if (line.includes('-->')) inNotes = false;
    return text;
  });
  const definitions = shown.filter((line, i) => kinds[i] === 'text' && LINK_DEFINITION.test(line)).join('\n');
  const links = new Lexer({ gfm: true }).lex(definitions).links;

  const chunks: { start: number; end: number }[] = [];
  let start = 0;
  shown.forEach((line, i) => {
    if (kinds[i] === 'text' && SEPARATOR.test(line)) {
      chunks.push({ start, end: i });
      start = i + 1;
    }
  });
  chunks.push({ start, end: shown.length });
  // A definition an image uses is an image, wherever the image is.
  const imageUrls = new Set<string>();
  const found = chunks.flatMap((c) => chunkReferences(shown.slice(c.start, c.end).join('\n'), front + c.start + 1, links, imageUrls));
  return found.map(({ kind, url, line, definition }) => ({ kind: definition && imageUrls.has(url) ? 'image' : kind, url, line }));
}

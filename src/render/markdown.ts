import { Marked, Lexer, type MarkedExtension, type Token, type Tokens, type TokensList } from 'marked';
import type { Heading } from '../deck/types';
import { splitIndentedCode, type CodeBlock } from '../deck/code-markers';
import { plainText, slug } from '../deck/inline-text';
import { highlight } from './highlight';
import { HIGHLIGHT_CAP } from './limits';
import { escapeHtml } from './escape-html';
import { qrExtension } from './qr';
import { codeLines } from './code-lines';
import { sizedImage } from './image-size';

export type Links = TokensList['links'];

const lexerOptions = (extra: MarkedExtension[]) => new Marked({ gfm: true }).use({ extensions: [qrExtension] }, ...extra).defaults;
const LEXER_OPTIONS = lexerOptions([]);


/** Reference-link definitions of the whole deck, parsed once by marked itself. */
export function parseLinkDefinitions(definitions: string): Links {
  return new Lexer({ gfm: true }).lex(definitions).links;
}

/**
 * Lexes one slide with the deck's reference links in scope, so a definition on one slide serves all.
 * `extra`: extensions loaded only for the slides that need them (math); renderTokens gets the same.
 */
export function lexSlide(markdown: string, deckLinks: Links, extra: MarkedExtension[] = []): TokensList {
  const lexer = new Lexer(extra.length ? lexerOptions(extra) : LEXER_OPTIONS);
  Object.assign(lexer.tokens.links, deckLinks);
  return lexer.lex(markdown);
}

function codeBlocks(token: Tokens.Code): CodeBlock[] {
  if (token.codeBlockStyle === 'indented') return splitIndentedCode(token.text);
  const [lang = '', ...info] = (token.lang ?? '').trim().split(/\s+/);
  return [{ lang: lang.replace(/^\{?\.?|\}$/g, ''), code: token.text, info: info.join(' ') }];
}

function slideCode(tokens: TokensList): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  new Marked().walkTokens(tokens as Token[], (token) => {
    if (token.type === 'code') blocks.push(...codeBlocks(token as Tokens.Code));
  });
  return blocks;
}

/** Every language a slide's code blocks ask for, so their grammars can load before rendering. */
export function codeLanguages(tokens: TokensList): string[] {
  return [...new Set(slideCode(tokens).map((block) => block.lang).filter(Boolean))];
}

/** Line numbers and highlights arrive with the first slide whose code asks for them. */
let walk: typeof import('./code-walk').codeWalk | undefined;

export async function loadCodeWalk(tokens: TokensList): Promise<void> {
  if (!walk && slideCode(tokens).some((block) => block.info || block.numbers)) walk = (await import('./code-walk')).codeWalk;
}

function renderCode(block: CodeBlock): string {
  const { lang, code } = block;
  const cls = lang ? ` class="language-${escapeHtml(lang.toLowerCase())}"` : '';
  const body = codeLines((lang && code.length <= HIGHLIGHT_CAP ? highlight(code, lang) : undefined) ?? escapeHtml(code));
  const [attributes, lines] = walk?.(block, body) ?? ['', body];
  return `<pre${cls}${attributes}><code${cls}>${lines}</code></pre>\n`;
}

/**
 * Renders lexed tokens to HTML (not yet sanitized). Heading ids come from the
 * deck model, which numbers repeats across the whole deck.
 */
export function renderTokens(tokens: TokensList, headings: readonly Heading[], extra: MarkedExtension[] = []): string {
  const unused = [...headings];
  const marked = new Marked({ gfm: true });
  marked.use({
    extensions: [qrExtension],
    renderer: {
      code: (token) => codeBlocks(token).map(renderCode).join(''),
      image: (token) => sizedImage(token) ?? false,
      heading(token) {
        const base = slug(plainText(token.text));
        const at = unused.findIndex((h) => slug(h.text) === base);
        const id = at >= 0 ? (unused.splice(at, 1)[0]?.id ?? base) : base;
        return `<h${token.depth} id="${escapeHtml(id)}">${this.parser.parseInline(token.tokens)}</h${token.depth}>\n`;
      },
    },
  });
  marked.use(...extra);
  return marked.parser(tokens);
}

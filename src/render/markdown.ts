import { Marked, Lexer, type Token, type Tokens, type TokensList } from 'marked';
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

const LEXER_OPTIONS = new Marked({ gfm: true }).use({ extensions: [qrExtension] }).defaults;


/** Reference-link definitions of the whole deck, parsed once by marked itself. */
export function parseLinkDefinitions(definitions: string): Links {
  return new Lexer({ gfm: true }).lex(definitions).links;
}

/** Lexes one slide with the deck's reference links in scope, so a definition on one slide serves all. */
export function lexSlide(markdown: string, deckLinks: Links): TokensList {
  const lexer = new Lexer(LEXER_OPTIONS);
  Object.assign(lexer.tokens.links, deckLinks);
  return lexer.lex(markdown);
}

function codeBlocks(token: Tokens.Code): CodeBlock[] {
  if (token.codeBlockStyle === 'indented') return splitIndentedCode(token.text);
  return [{ lang: (token.lang ?? '').trim().split(/\s+/)[0]?.replace(/^\{?\.?|\}$/g, '') ?? '', code: token.text }];
}

/** Every language a slide's code blocks ask for, so their grammars can load before rendering. */
export function codeLanguages(tokens: TokensList): string[] {
  const langs = new Set<string>();
  new Marked().walkTokens(tokens as Token[], (token) => {
    if (token.type === 'code') for (const block of codeBlocks(token as Tokens.Code)) if (block.lang) langs.add(block.lang);
  });
  return [...langs];
}

function renderCode({ lang, code }: CodeBlock): string {
  const cls = lang ? ` class="language-${escapeHtml(lang.toLowerCase())}"` : '';
  const body = (lang && code.length <= HIGHLIGHT_CAP ? highlight(code, lang) : undefined) ?? escapeHtml(code);
  return `<pre${cls}><code${cls}>${codeLines(body)}</code></pre>\n`;
}

/**
 * Renders lexed tokens to HTML (not yet sanitized). Heading ids come from the
 * deck model, which numbers repeats across the whole deck.
 */
export function renderTokens(tokens: TokensList, headings: readonly Heading[]): string {
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
  return marked.parser(tokens);
}

import { Lexer, Marked, type Token, type Tokens } from 'marked';
import { splitIndentedCode } from '../deck/code-markers';
import { grammarName } from '../render/prism-languages';
import type { DeckLines } from './deck-lines';

/** Names that ask for plain code on purpose: no grammar, and no typo either. */
export const PLAIN_LANGUAGES: ReadonlySet<string> = new Set(['text', 'txt', 'plain', 'plaintext', 'none', 'nohighlight', 'output']);
/** Fences the app draws rather than highlights: ```math (temml), ```mermaid (Mermaid). */
export const DRAWN_LANGUAGES: ReadonlySet<string> = new Set(['math', 'mermaid']);

export interface CodeLanguage {
  lang: string;
  /** The file line that names it: the opening fence, or the `!lang` marker. */
  line: number;
  /** Read from a kept shebang (`#!/usr/bin/perl`): the author asked for no language, so none is a mistake. */
  fromShebang?: boolean;
}

const walker = new Marked();
const MARKER_LINE = /^[ \t]*(?:!|:::|#!)/;
const newlines = (text: string, end: number): number => text.slice(0, Math.max(end, 0)).split('\n').length - 1;

/** The language a fence's info string asks for, read as the renderer reads it (`{.python}` is python). */
const fenceLanguage = (info: string | undefined): string => (info ?? '').trim().split(/\s+/)[0]?.replace(/^\{?\.?|\}$/g, '') ?? '';

function slideLanguages(text: string, firstLine: number): CodeLanguage[] {
  const found: CodeLanguage[] = [];
  let cursor = 0;
  for (const block of new Lexer({ gfm: true }).lex(text)) {
    const at = text.indexOf(block.raw, cursor);
    const start = at < 0 ? cursor : at;
    cursor = at < 0 ? cursor : at + block.raw.length;
    const blockLine = firstLine + newlines(text, start);
    let inner = 0;
    walker.walkTokens([block] as Token[], (token) => {
      if (token.type !== 'code') return;
      const code = token as Tokens.Code;
      const head = code.raw.split('\n')[0] ?? '';
      const where = block.raw.indexOf(head, inner);
      inner = where < 0 ? inner : where + 1;
      const codeLine = blockLine + (where < 0 ? 0 : newlines(block.raw, where));
      if (code.codeBlockStyle !== 'indented') {
        const lang = fenceLanguage(code.lang);
        if (lang) found.push({ lang, line: codeLine });
        return;
      }
      const rawLines = code.raw.split('\n');
      let next = 0;
      for (const part of splitIndentedCode(code.text)) {
        if (!part.lang) continue;
        const marker = rawLines.findIndex((l, i) => i >= next && MARKER_LINE.test(l) && l.toLowerCase().includes(part.lang));
        if (marker >= 0) next = marker + 1;
        const fromShebang = /^[ \t]*#!\//.test(rawLines[marker] ?? '');
        found.push({ lang: part.lang, line: codeLine + Math.max(marker, 0), ...(fromShebang ? { fromShebang } : {}) });
      }
    });
  }
  return found;
}

/** Every code language the deck's slides and notes name, with its line. */
export function codeLanguages(deck: DeckLines): CodeLanguage[] {
  // Comments are never rendered: blank them, keeping line numbers.
  const shown = deck.lines.map((line, i) => (deck.kinds[i] === 'comment' || deck.kinds[i] === 'hidden' ? '' : line));
  return deck.slides.flatMap((s) => slideLanguages(shown.slice(s.start, s.end).join('\n'), s.start + 1));
}

/** Whether the app highlights this language, draws it, or shows it as plain code because it was asked to. */
export function knownLanguage(lang: string): boolean {
  return grammarName(lang) !== undefined || PLAIN_LANGUAGES.has(lang.toLowerCase()) || DRAWN_LANGUAGES.has(lang.toLowerCase());
}

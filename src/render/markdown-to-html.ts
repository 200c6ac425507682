import type { Heading } from '../deck/types';
import type { MarkedExtension } from 'marked';
import { loadLanguages } from './highlight';
import { capNesting, fencedLines } from './nesting';
import { escapeHtml } from './escape-html';
import { loadQr } from './qr';
import { mayHaveMath } from './math-hint';
import { codeLanguages, lexSlide, loadCodeWalk, type Links, renderTokens } from './markdown';

/** Where a render is: fetching grammars (network time, not the slide's fault) or turning tokens into HTML. */
export type RenderPhase = 'loading' | 'rendering';
type OnPhase = (phase: RenderPhase) => void;

async function renderOnce(markdown: string, links: Links, headings: readonly Heading[], onPhase?: OnPhase): Promise<string> {
  const extra: MarkedExtension[] = [];
  if (mayHaveMath(markdown)) {
    onPhase?.('loading');
    extra.push((await import('./math')).mathMarked);
    onPhase?.('rendering');
  }
  const tokens = lexSlide(markdown, links, extra);
  onPhase?.('loading');
  await Promise.all([loadLanguages(codeLanguages(tokens)), loadQr(tokens), loadCodeWalk(tokens)]);
  onPhase?.('rendering');
  return renderTokens(tokens, headings, extra);
}

/** Blank-line separated blocks, never splitting a fenced code block. */
function blocks(markdown: string): string[] {
  const lines = markdown.split('\n');
  const fenced = fencedLines(lines);
  const found: string[] = [];
  let block: string[] = [];
  lines.forEach((line, i) => {
    if (!fenced[i] && line.trim() === '') {
      if (block.length > 0) found.push(block.join('\n'));
      block = [];
    } else block.push(line);
  });
  if (block.length > 0) found.push(block.join('\n'));
  return found;
}

/**
 * A slide's Markdown as HTML (not yet sanitized), nesting capped first. If
 * marked throws on the whole slide, each block is rendered on its own, and
 * a block that still throws shows as plain text: the rest of the slide stays.
 */
export async function markdownToHtml(markdown: string, links: Links, headings: readonly Heading[], onPhase?: OnPhase): Promise<string> {
  const source = capNesting(markdown);
  try {
    return await renderOnce(source, links, headings, onPhase);
  } catch (error) {
    console.warn('Lectern: a slide could not be rendered whole; rendering it block by block.', error);
    const parts: string[] = [];
    for (const block of blocks(source)) {
      try {
        parts.push(await renderOnce(block, links, headings, onPhase));
      } catch {
        parts.push(`<p class="unrendered">${escapeHtml(block)}</p>\n`);
      }
    }
    return parts.join('');
  }
}

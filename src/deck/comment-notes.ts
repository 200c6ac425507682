/**
 * Speaker notes written as HTML comments, as Slidev and Marp decks write them.
 *
 * The rule: a slide's trailing comments (those after its last content, with
 * only blank lines or other comments between) are its notes. In a Marp deck
 * (`marp: true` in front matter) every comment on the slide is, as in Marp.
 * Directive comments (comment-directives.ts) are never notes and stay where
 * they are for the modules that read them. Other comments before the slide's
 * content stay hidden. A comment counts only when it starts a line (indented
 * at most three spaces) and nothing but more comments follows it on its last
 * line; comments in code are code. The notes are added after the slide's
 * other notes (`???`, `Note:`), and the comments leave the slide's Markdown.
 */
import type { Deck, Slide } from './types';
import { scanBlocks } from './block-scanner';
import { isMarpDeck } from './marp-deck';
import { isDirectiveComment } from './comment-directives';

const OPEN = /^ {0,3}<!--/;
/** A comment as HTML reads it: `<!-->` and `<!--->` close at once, and `--!>` closes too. */
const COMMENT = '<!--(?!-?>)((?:(?!--!?>)[\\s\\S])*)--!?>';
const ONLY_COMMENTS = new RegExp(`^ {0,3}(?:${COMMENT}[ \\t]*)+$`);
const BODY = new RegExp(COMMENT, 'g');

/** One or more comments that take whole lines, `start` to `end` inclusive. */
interface CommentBlock {
  start: number;
  end: number;
  bodies: string[];
}

/** The comment block that starts on line `at`, if one does. */
function blockAt(lines: string[], kinds: string[], at: number): CommentBlock | undefined {
  const first = lines[at] ?? '';
  if (kinds[at] === 'fence' || !OPEN.test(first)) return undefined;
  let end = at;
  let from = first.indexOf('<!--') + 4;
  while (end < lines.length && !/--!?>/.test((lines[end] ?? '').slice(from))) {
    end++;
    from = 0;
    const line = lines[end] ?? '';
    // Another comment opening first means this one was never closed (as block-scanner reads it), and keeps the search short.
    const open = line.indexOf('<!--');
    if (kinds[end] === 'fence' || (open >= 0 && !line.slice(0, open).includes('-->'))) return undefined;
  }
  const text = lines.slice(at, end + 1).join('\n');
  if (end >= lines.length || !ONLY_COMMENTS.test(text)) return undefined;
  return { start: at, end, bodies: [...text.matchAll(BODY)].map((m) => m[1] ?? '') };
}

/** A comment's text as Markdown: without the indent its lines share, so that it does not read as code. */
function noteText(body: string): string {
  const lines = body.replace(/^[ \t]*\n|\n[ \t]*$/g, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const cut = Math.min(...indents);
  return lines.map((l) => l.slice(cut)).join('\n').trim();
}

/** The slide with its note comments taken out of its Markdown and added to its notes. */
export function slideWithCommentNotes(slide: Slide, marp: boolean): Slide {
  const lines = slide.markdown.split('\n');
  const { kinds } = scanBlocks(lines);
  const blocks: CommentBlock[] = [];
  let lastContent = -1;
  for (let i = 0; i < lines.length; i++) {
    const block = blockAt(lines, kinds, i);
    if (block) {
      blocks.push(block);
      i = block.end;
    } else if ((lines[i] ?? '').trim() !== '') lastContent = i;
  }
  const notes: string[] = [];
  // A note block leaves one line in its place (blank, or its directives), so the blocks around it stay apart.
  const replaced = new Map<number, CommentBlock & { line: string }>();
  for (const block of blocks) {
    if (!marp && block.start < lastContent) continue;
    const said = block.bodies.filter((body) => !isDirectiveComment(body));
    if (said.length === 0) continue;
    notes.push(...said.map(noteText).filter((text) => text !== ''));
    const line = block.bodies.filter(isDirectiveComment).map((body) => `<!--${body}-->`).join(' ');
    replaced.set(block.start, { ...block, line });
  }
  if (replaced.size === 0) return slide;
  const markdown: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const block = replaced.get(i);
    markdown.push(block ? block.line : lines[i] ?? '');
    if (block) i = block.end;
  }
  return {
    ...slide,
    markdown: markdown.join('\n'),
    notes: [slide.notes, ...notes].filter((text) => text !== '').join('\n\n'),
  };
}

/** The deck with each slide's note comments moved into its notes. */
export function withCommentNotes(deck: Deck, source: string): Deck {
  const marp = isMarpDeck(source);
  return { ...deck, slides: deck.slides.map((slide) => slideWithCommentNotes(slide, marp)) };
}

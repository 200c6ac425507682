/**
 * remark's conventions that change where slides begin and end, as a rewrite
 * of the deck's text before it is split into slides. One line in, one line
 * out, so that line numbers (`npm run check`) stay true:
 * - a deck indented as a whole (copied out of remark's `<textarea>`) is
 *   de-indented by its smallest indent, as remark does;
 * - `<!-- break -->` on a line of its own is a slide separator;
 * - in a remark deck (remark-deck.ts), a `---` inside a content-class block
 *   (`.left-column[` at a line's start … `]`) is Markdown there, a rule or a
 *   heading underline, and does not end the slide;
 * - in a remark deck, `#Title` is a heading, as remark's Markdown reads it
 *   (CommonMark wants a space after the `#`s).
 */
import { scanBlocks, SEPARATOR } from './block-scanner';
import { findContentClasses } from './remark-classes';
import { isRemarkDeck } from './remark-deck';

const BREAK = /^<!--\s*break\s*-->[ \t]*$/;
const INDENT = /^[ \t]*(?=\S)/;

/** remark's rule: every line with text is indented: take off the smallest indent (fewer characters from a blank line). */
function deindent(lines: string[]): string[] {
  let least = Infinity;
  for (const line of lines) {
    const indent = INDENT.exec(line);
    if (indent) least = Math.min(least, indent[0].length);
  }
  if (least === 0 || least === Infinity) return lines;
  const strip = new RegExp(`^[ \\t]{0,${least}}`);
  return lines.map((line) => line.replace(strip, ''));
}

/** The deck's text with remark's breaks as separators, de-indented, and `---` inside content blocks kept on the slide. */
export function remarkSource(source: string): string {
  const lines = deindent(source.split(/\r\n?|\n/));
  const { kinds } = scanBlocks(lines);
  const out = lines.map((line, i) => (kinds[i] !== 'fence' && BREAK.test(line) ? '---' : line));
  const remark = isRemarkDeck(out.join('\n'));
  if (remark) out.forEach((line, i) => kinds[i] === 'text' && (out[i] = line.replace(/^(#{1,6})(?=\w)/, '$1 ')));
  const text = out.join('\n');
  // Only in a remark deck, and only the block form (`.name[` starts its line, the bracket ends it): `Call foo.bar[` in prose swallows no slides.
  const opensLine = (at: number): boolean => /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
  const blocks = remark
    ? findContentClasses(text).filter((c) => opensLine(c.start) && /^[ \t]*\n/.test(text.slice(c.inside, c.inside + 80)))
    : [];
  if (blocks.length === 0) return text;
  let at = 0;
  return out
    .map((line, i) => {
      const start = at;
      at += line.length + 1;
      const inside = kinds[i] === 'text' && SEPARATOR.test(line) && blocks.some((c) => c.inside < start && start < c.close);
      // Four dashes read as Markdown reads three (a rule, or under a line of text its heading underline), but part no slides.
      return inside ? '----' : line;
    })
    .join('\n');
}

/**
 * The shapes of Markdown lines that the step finder (step-units.ts) needs:
 * list items, headings, and where an empty span can go at the end of a line
 * and still land inside the element the line starts.
 */

const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*)|[ \t]*)$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ATX = /^ {0,3}#{1,6}(?=[ \t]|$)/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-*:?[ \t]*)*$/;
/** A line that opens something other than a paragraph: fence, display math, a `:::` block, HTML, a table row, a rule. */
const NOT_TEXT = /^[ \t]*(`{3,}|~{3,}|\$\$|:::|\\\\?\[|<|\|)/;

export const isBlank = (line: string): boolean => line.trim() === '';
export const isHeading = (line: string): boolean => ATX.test(line);

/** A list item's bullet (`-`, `*`, `1.`, `1)`) and the text after it; undefined for other lines. */
export function listItem(line: string): { bullet: string; text: string } | undefined {
  const match = LIST_ITEM.exec(line);
  if (match && THEMATIC_BREAK.test(line)) return undefined;
  return match ? { bullet: match[2] ?? '', text: match[3] ?? '' } : undefined;
}

/** Whether a span at the end of this text line lands in the element it starts: a list item, a heading or a paragraph. */
export function takesSpan(line: string, next: string): boolean {
  const item = listItem(line);
  if (item) return !isBlank(item.text) && !/^(`{3,}|~{3,}|\$\$)/.test(item.text);
  if (isBlank(line) || NOT_TEXT.test(line) || THEMATIC_BREAK.test(line)) return false;
  return !(next.includes('|') && TABLE_DELIMITER.test(next));
}

/** Where a span appended to a line goes: before trailing spaces and a backslash (hard breaks), and an ATX heading's closing #s. */
export function endOf(line: string): number {
  let end = line.replace(/[ \t]+$/, '').length;
  const heading = ATX.exec(line);
  const closing = heading ? /[ \t]+#+$/.exec(line.slice(0, end)) : null;
  if (heading && closing && closing.index >= heading[0].length) end = closing.index;
  const slashes = /\\+$/.exec(line.slice(0, end))?.[0].length ?? 0;
  return slashes % 2 === 1 ? end - 1 : end;
}

/** The line with its code spans blanked out, so that nothing inside backticks is read as a marker. */
export function maskCode(line: string): string {
  return !line.includes('`') ? line : line.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span) => ' '.repeat(span.length));
}

/**
 * Per-slide settings of other tools, which are configuration and not slide
 * text: remark's property lines at the top of a slide (`class: center`,
 * `name: intro`), and Slidev's per-slide front matter, which its `---`
 * fences turn into a slide of its own (`layout: center`).
 */

// Blank lines may come between (and in a remark deck first: remark-deck.ts reads those). The one list of remark's own names.
export const REMARK_PROPERTY = /^\s*$|^(?:name|class|layout|template|count|background-[a-z]+|exclude|seq):[ \t]*\S/;
const SLIDEV_KEYS = new Set([
  'layout', 'class', 'background', 'bg', 'transition', 'clicks', 'level', 'hideintoc', 'name', 'routealias',
  'preload', 'src', 'disabled', 'hide', 'hidden', 'zoom', 'dragpos', 'image', 'url', 'figurecaption', 'title',
]);
const KEY_VALUE = /^([A-Za-z][\w-]*):(?:[ \t].*)?$/;

/** The lines of a slide without remark's leading property lines (and the blank lines among them), from its first line. */
export function stripRemarkProperties(lines: string[]): string[] {
  let start = 0;
  for (let i = 0; i < lines.length && REMARK_PROPERTY.test(lines[i] ?? '') && (start || lines[i]?.trim()); ) if (lines[i++]?.trim()) start = i;
  return start > 0 ? lines.slice(start) : lines;
}

/** Whether a whole slide is Slidev per-slide front matter rather than content. */
export function isSlidevSettings(lines: string[]): boolean {
  const content = lines.filter((l) => l.trim() !== '');
  if (content.length === 0) return false;
  let known = false;
  for (const [i, line] of content.entries()) {
    // A nested value (`dragPos:` then `  square: 1,2`) or a list item under a key.
    if (i > 0 && /^([ \t]|- )/.test(line)) continue;
    const key = KEY_VALUE.exec(line);
    if (!key) return false;
    known ||= SLIDEV_KEYS.has((key[1] ?? '').toLowerCase());
  }
  return known;
}

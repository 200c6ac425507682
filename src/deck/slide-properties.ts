/**
 * Per-slide settings of other tools, which are configuration and not slide
 * text: remark's property lines at the top of a slide (`class: center`,
 * `name: intro`), and Slidev's per-slide front matter, which its `---`
 * fences turn into a slide of its own (`layout: center`).
 */

// Blank lines may come first and between: remark reads them so (`\nclass: center` after a separator).
const REMARK_PROPERTY = /^\s*$|^(?:name|class|layout|template|count|background-[a-z]+|exclude|seq):[ \t]*\S/;
const SLIDEV_KEYS = new Set([
  'layout', 'class', 'background', 'bg', 'transition', 'clicks', 'level', 'hideintoc', 'name', 'routealias',
  'preload', 'src', 'disabled', 'hide', 'hidden', 'zoom', 'dragpos', 'image', 'url', 'figurecaption', 'title',
]);
const KEY_VALUE = /^([A-Za-z][\w-]*):(?:[ \t].*)?$/;

/** The lines of a slide without remark's leading property lines (and the blank lines before and among them). */
export function stripRemarkProperties(lines: string[]): string[] {
  let start = 0;
  for (let i = 0; i < lines.length && REMARK_PROPERTY.test(lines[i] ?? ''); ) if (lines[i++]?.trim()) start = i;
  return start > 0 ? lines.slice(start) : lines;
}

/** Whether a whole slide is Slidev per-slide front matter rather than content. */
export function isSlidevSettings(lines: string[]): boolean {
  const content = lines.filter((l) => l.trim() !== '');
  if (content.length === 0) return false;
  let known = false;
  for (const line of content) {
    const key = KEY_VALUE.exec(line);
    if (!key) return false;
    known ||= SLIDEV_KEYS.has((key[1] ?? '').toLowerCase());
  }
  return known;
}

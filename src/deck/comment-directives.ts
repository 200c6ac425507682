/**
 * Which HTML comments are instructions to a tool rather than words for the
 * speaker: these never become speaker notes (comment-notes.ts).
 */

/** Marp's directives (global and local; any of them may carry the `_` of a one-slide directive). */
const MARP_KEYS = new Set(
  [
    'theme', 'style', 'headingDivider', 'lang', 'size', 'math', 'title', 'author', 'description', 'image', 'keywords', 'url',
    'marp', 'paginate', 'header', 'footer', 'class', 'backgroundColor', 'backgroundImage', 'backgroundPosition',
    'backgroundRepeat', 'backgroundSize', 'color', 'transition', 'hide',
  ].map((key) => key.toLowerCase()),
);
const MARP_LINE = /^_?([a-z][\w-]*)[ \t]*:/i;
/** A YAML value that goes on over more lines, indented. */
const CONTINUED = /^[ \t]/;

/**
 * reveal.js attributes, Lectern's and Marp's one-word markers, remark's silent
 * separator, and the pragmas of formatters, linters and editors.
 */
const MARKER =
  /^(\.(slide|element)\b[\s\S]*|fit|step|break|more|toc|omit in toc|prettier-ignore(-start|-end)?|(markdownlint|textlint|eslint|cspell|spell-?checker)\b[\s\S]*|vale (on|off)\b[\s\S]*|vale [\w-]+\.[\w-]+ *=[\s\S]*|#?(end)?region\b[\s\S]*)$/i;

/** Whether a comment's text (what stands between `<!--` and `-->`) is a directive; an empty comment counts as one, having nothing to say. */
export function isDirectiveComment(body: string): boolean {
  const text = body.trim();
  if (text === '' || MARKER.test(text)) return true;
  const lines = text.split('\n');
  return lines.every((line, i) => {
    const key = MARP_LINE.exec(line)?.[1];
    if (key !== undefined) return MARP_KEYS.has(key.toLowerCase());
    return i > 0 && (line.trim() === '' || CONTINUED.test(line));
  });
}

const MATH_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*math\b/m;
/** Fenced code and code spans, where a `$` is never math. */
const CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1|`+[^`\n]*`+/gm;
/** `$$`, `$x$` by Pandoc's rule (no space inside the dollars, no digit after), Landslide's `\\(` and `\\[`. */
const MATH = /\$\$|\$[^\s$](?:[^$\n]*[^\s\\$])?\$(?!\d)|\\\\[[(]/;

/** Whether a slide may hold math: only then does the worker fetch the typesetter. Errs wide; `$ ls` prompts and prices do not count. */
export function mayHaveMath(markdown: string): boolean {
  return MATH_FENCE.test(markdown) || MATH.test(markdown.replace(CODE, ''));
}

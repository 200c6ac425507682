/** `$$`, `$x$` by Pandoc's rule (no space inside the dollars, no digit after), Landslide's `\\(` and `\\[`, a math fence. */
const MATH = /\$\$|\$[^\s$\d](?:[^$\n]*[^\s\\$])?\$(?!\d)|\\\\[[(]|^ {0,3}(?:`{3,}|~{3,})[ \t]*math\b/m;

/**
 * Whether a slide may hold math: only then does the worker fetch the typesetter. It errs wide (`$HOME/$USER`
 * in code counts); shell prompts (`$ ls`) and prices (`$5 and $10`) do not.
 */
export const mayHaveMath = (markdown: string): boolean => MATH.test(markdown);

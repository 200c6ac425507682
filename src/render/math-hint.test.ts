import { describe, expect, it } from 'vitest';
import { mayHaveMath } from './math-hint';

describe('mayHaveMath', () => {
  it.each(['$x$', 'area $\\pi r^2$ here', '$$\na^2\n$$', 'inline $$e$$', '\\\\( x \\\\)', '\\\\[ x \\\\]', '```math\nx\n```', '~~~ math\nx\n~~~', '- $a_1$'])('%j may', (markdown) => {
    expect(mayHaveMath(markdown)).toBe(true);
  });

  it.each([
    'No dollars at all',
    '$ docker ps\n$ docker images',
    'It costs $5 and $10.',
    'Between $ 1 and 2 $',
    '```bash\necho $HOME $PATH\n```',
    '\\(not math\\)',
  ])('%j does not', (markdown) => {
    expect(mayHaveMath(markdown)).toBe(false);
  });
});

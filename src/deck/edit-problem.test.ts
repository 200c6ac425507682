import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck';
import { editProblem } from './edit-problem';

const good = parseDeck('# One\n\ntext\n\n---\n\n# Two\n\n```js\nx\n```\n');

describe('editProblem', () => {
  it('accepts a finished edit', () => {
    expect(editProblem(good, parseDeck('# One\n\nnew text\n\n---\n\n# Two\n'))).toBeUndefined();
  });

  it('names a fence opened and not closed yet, with its line', () => {
    expect(editProblem(good, parseDeck('# One\n\n```python\nprint(1)\n\n---\n\n# Two\n'))).toBe(
      'Line 3: code fence ``` is never closed; it ends at the next --- line.',
    );
  });

  it('names front matter being typed', () => {
    expect(editProblem(good, parseDeck('---\ntitle: My ta\n# One\n\ntext\n\n---\n\n# Two\n'))).toMatch(/^Line 1: front matter is not finished/);
  });

  it('names a comment opened and not closed yet', () => {
    expect(editProblem(good, parseDeck('# One\n\n<!-- a note\n\n---\n\n# Two\n'))).toMatch(/^Line 3: HTML comment/);
  });

  it('lets a deck that was loaded with an unclosed fence follow later saves', () => {
    const broken = parseDeck('# One\n\n```\ncode\n\n---\n\n# Two\n');
    expect(editProblem(broken, parseDeck('# One more line\n\n# One\n\n```\ncode\n\n---\n\n# Two\n'))).toBeUndefined();
  });
});

describe('editProblem: a save that closes one block and opens another', () => {
  it('is still half-written', () => {
    const broken = parseDeck('# One\n\n```\ncode\n\n---\n\n# Two\n');
    const other = parseDeck('# One\n\n```\ncode\n```\n\n---\n\n# Two\n\n<!-- a note\n');
    expect(editProblem(broken, other)).toMatch(/HTML comment <!-- is never closed/);
  });
});

import { describe, expect, it } from 'vitest';
import { checkDeck } from './check-deck';

const check = (...lines: string[]): string[] => checkDeck(lines.join('\n'), { kind: () => 'file' }).map((f) => `${f.line}: ${f.message}`);

describe('code languages the app draws', () => {
  it('knows ```math and ```mermaid fences, and still names a typo', () => {
    expect(check('```math', 'x^2', '```', '', '```mermaid', 'graph TD', '```', '', '```mremaid', 'x', '```')).toEqual([
      '9: unknown code language "mremaid"',
    ]);
  });
});

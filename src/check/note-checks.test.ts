import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDeck } from './check-deck';

const DECK = join(import.meta.dirname, '../../e2e/fixtures/comment-notes/note-content.md');
const noFiles = { kind: () => 'file' as const };
const warnings = (source: string): string[] => checkDeck(source, noFiles).map((f) => `${f.line}: ${f.level}: ${f.message}`);

describe('content after Note:', () => {
  it('warns on the Note: line when a heading, list or image follows it on the slide', () => {
    expect(warnings(readFileSync(DECK, 'utf8'))).toEqual([
      '3: warning: "Note:" makes the rest of the slide speaker notes, so the heading on line 5 is not shown; move it above, or start the notes with ??? if it belongs to them',
      '11: warning: "Note:" makes the rest of the slide speaker notes, so the list on line 14 is not shown; move it above, or start the notes with ??? if it belongs to them',
      '20: warning: "Note:" makes the rest of the slide speaker notes, so the image on line 22 is not shown; move it above, or start the notes with ??? if it belongs to them',
    ]);
  });

  it('says nothing of plain notes text, of the next slide, or of code', () => {
    expect(warnings('# A\n\nNote: only words.\n\n---\n\n## B\n\n- shown')).toEqual([]);
    expect(warnings('# A\n\nNotes: code follows\n\n```md\n## not a heading\n```')).toEqual([]);
  });

  it('counts lines past front matter', () => {
    expect(warnings('---\ntitle: T\n---\n# A\nnote: x\n# B')).toEqual([
      '5: warning: "note:" makes the rest of the slide speaker notes, so the heading on line 6 is not shown; move it above, or start the notes with ??? if it belongs to them',
    ]);
  });
});

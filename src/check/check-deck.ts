import { parseDeck } from '../deck/parse-deck';
import { MAY_HAVE_MARKS } from '../deck/marks-hint';
import { shownSlides } from '../deck/shown-slides';
import { stripRemarkProperties } from '../deck/slide-properties';
import type { Deck } from '../deck/types';
import { codeLanguages, knownLanguage } from './code-languages';
import { deckLines, type DeckLines } from './deck-lines';
import { byLine, type DeckFiles, type Finding } from './finding';
import { emptySlides, notesMarkerTypos, wrongFenceCloses } from './line-checks';
import { contentAfterNote } from './note-checks';
import { checkReferences } from './references';
import { importChecks } from './import-checks';

export type { DeckFiles, Finding } from './finding';

/** What the parser already warns about (an unclosed fence or comment, an unknown ratio), on its line. */
function parserWarnings(deck: Deck, explained: Set<number>): Finding[] {
  return deck.warnings.flatMap((warning) => {
    const at = /^Line (\d+): (.*)$/s.exec(warning);
    const line = at ? Number(at[1]) : 1;
    return explained.has(line) ? [] : [{ line, level: 'warning' as const, message: at?.[2] ?? warning }];
  });
}

/** The file line where slide `index` (0-based) begins: its first shown line (not remark's `class:` lines, not a comment). */
export function slideLine(lines: DeckLines, index: number): number {
  const span = lines.slides[index];
  if (!span) return 1;
  const all = lines.lines.slice(span.start, span.end);
  const first = span.start + all.length - stripRemarkProperties(all).length;
  for (let i = first; i < span.end; i++) {
    const kind = lines.kinds[i];
    if ((kind === 'text' || kind === 'fence') && (lines.lines[i] ?? '').trim() !== '') return i + 1;
  }
  return Math.max(span.start, 1);
}

/**
 * Everything wrong with one deck that can be seen without a browser, in line
 * order. Uses the app's own parser, so a finding is about what the app does.
 */
export function checkDeck(source: string, files: DeckFiles): Finding[] {
  const parsed = parseDeck(source);
  // The deck as the talk shows it, hidden slides left out, as deckLines counts them.
  const deck = MAY_HAVE_MARKS.test(source) ? shownSlides(parsed, source) : parsed;
  const lines = deckLines(source);
  const fences = wrongFenceCloses(lines);
  const languages = codeLanguages(lines)
    .filter((c) => !knownLanguage(c.lang))
    .map((c): Finding =>
      c.fromShebang
        ? { line: c.line, level: 'warning', message: `no highlighting for "${c.lang}" (named by the shebang): the code shows plain` }
        : { line: c.line, level: 'error', message: `unknown code language "${c.lang}"` },
    );
  return importChecks(source, files, [
    ...checkReferences(source, deck, files),
    ...languages,
    ...emptySlides(deck, lines),
    ...notesMarkerTypos(lines),
    ...contentAfterNote(lines),
    ...fences.findings,
    ...parserWarnings(deck, fences.explained),
  ]).sort(byLine);
}

import type { Deck } from '../deck/types';
import type { DeckLines } from './deck-lines';
import type { Finding } from './finding';

const NOTES_NO_COLON = /^ {0,3}(notes?)(?:[ \t]*|[ \t]+:.*)$/i;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const TWO_QUESTIONS = /^ {0,3}\?\?[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const BARE_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/** Lines meant as a notes marker that the app shows on the slide instead. */
export function notesMarkerTypos({ lines, kinds }: DeckLines): Finding[] {
  const findings: Finding[] = [];
  lines.forEach((line, i) => {
    if (kinds[i] !== 'text') return;
    const notes = NOTES_NO_COLON.exec(line);
    // `Notes` over `-----` is a heading the author chose.
    if (notes && !(kinds[i + 1] === 'text' && SETEXT_UNDERLINE.test(lines[i + 1] ?? ''))) {
      findings.push({ line: i + 1, level: 'warning', message: `"${line.trim()}" is shown on the slide; write "${notes[1]}:" to start speaker notes` });
    } else if (TWO_QUESTIONS.test(line)) {
      findings.push({ line: i + 1, level: 'warning', message: `"??" is shown on the slide; the notes marker is "???"` });
    }
  });
  return findings;
}

/**
 * A fence that never closes because its closing line has the other character
 * or fewer of them. Returns the findings and the opening lines they explain,
 * whose "never closed" warning would only say the same again.
 */
export function wrongFenceCloses({ lines, kinds }: DeckLines): { findings: Finding[]; explained: Set<number> } {
  const findings: Finding[] = [];
  const explained = new Set<number>();
  let open: { run: string; line: number; wrong: number[] } | undefined;
  const finish = (): void => {
    const wrong = open?.wrong[0];
    if (open && wrong !== undefined) {
      const closer = (lines[wrong - 1] ?? '').trim();
      findings.push({ line: wrong, level: 'warning', message: `"${closer}" does not close the ${open.run} fence opened on line ${open.line}; the code runs on to the next ---` });
      explained.add(open.line);
    }
    open = undefined;
  };
  lines.forEach((line, i) => {
    if (kinds[i] !== 'fence') return finish();
    if (!open) {
      const run = FENCE_OPEN.exec(line)?.[1] ?? '```';
      open = { run, line: i + 1, wrong: [] };
      return;
    }
    const bare = BARE_FENCE.exec(line)?.[1];
    if (bare === undefined) return;
    if (bare[0] === open.run[0] && bare.length >= open.run.length) {
      open = undefined;
      return;
    }
    open.wrong.push(i + 1);
  });
  finish();
  return { findings, explained };
}

/** Slides with nothing for the audience (blank, or speaker notes only), at the `---` that opens them. */
export function emptySlides(deck: Deck, { slides, lines }: DeckLines): Finding[] {
  const findings: Finding[] = [];
  deck.slides.forEach((slide, i) => {
    const span = slides[i];
    if (!span || slide.markdown.trim() !== '' || slide.inlineNotes.trim() !== '') return;
    const line = Math.max(span.start, 1);
    const range = span.end < lines.length ? `lines ${line}-${span.end + 1}` : `line ${line} to the end`;
    const what = slide.notes.trim() !== '' ? 'has speaker notes only' : 'is empty';
    findings.push({ line, level: 'warning', message: `slide ${i + 1} ${what} (${range})` });
  });
  return findings;
}

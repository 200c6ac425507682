import type { DeckLines } from './deck-lines';
import type { Finding } from './finding';

/** The markers notes.ts reads; the first one on a slide starts its notes. */
const MARKER = /^ {0,3}(\?\?\?[ \t]*$|notes?:|#{1,6}[ \t]+presenter notes)/i;
const REVEAL = /^ {0,3}notes?:/i;
const SLIDE_LIKE: [RegExp, string][] = [
  [/^ {0,3}#{1,6}([ \t]|$)/, 'heading'],
  [/^ {0,3}([-*+]|\d{1,9}[.)])[ \t]/, 'list'],
  [/!\[[^\]]*\]\(|<img\b/i, 'image'],
];

/**
 * reveal.js's `Note:` turns the rest of the slide into speaker notes. A heading,
 * list or image after it was more likely meant for the audience: say so, on the
 * `Note:` line. (`???` starts notes without this doubt.)
 */
export function contentAfterNote({ lines, kinds, slides }: DeckLines): Finding[] {
  const findings: Finding[] = [];
  for (const { start, end } of slides) {
    let at = start;
    while (at < end && !(kinds[at] === 'text' && MARKER.test(lines[at] ?? ''))) at++;
    if (at >= end || !REVEAL.test(lines[at] ?? '')) continue;
    for (let i = at + 1; i < end; i++) {
      const what = kinds[i] === 'text' ? SLIDE_LIKE.find(([test]) => test.test(lines[i] ?? ''))?.[1] : undefined;
      if (what === undefined) continue;
      const marker = (lines[at] ?? '').trim().split(':')[0] ?? 'Note';
      findings.push({
        line: at + 1,
        level: 'warning',
        message: `"${marker}:" makes the rest of the slide speaker notes, so the ${what} on line ${i + 1} is not shown; move it above, or start the notes with ??? if it belongs to them`,
      });
      break;
    }
  }
  return findings;
}

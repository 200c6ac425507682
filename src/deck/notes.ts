import type { LineKind } from './block-scanner';

export interface SplitNotes {
  /** Lines that stay on the slide. */
  slide: string[];
  /** The kind of each line in `slide`. */
  slideKinds: LineKind[];
  /** Speaker notes: everything after a marker, plus `<!-- notes: -->` comments. */
  notes: string[];
  /** Landslide's `.notes:` lines: on the slide, shown only while notes are toggled on. */
  inline: string[];
}

const REMARK = /^ {0,3}\?\?\?[ \t]*$/;
const REVEAL = /^ {0,3}notes?:(.*)$/i;
const LANDSLIDE_HEADING = /^ {0,3}#{1,6}[ \t]+presenter notes[ \t]*#*[ \t]*$/i;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const INLINE_NOTE = /^ {0,3}\.notes:[ \t]*(.*)$/i;
/** A comment that holds speaker notes. */
export const COMMENT_NOTE = /^ {0,3}<!--[ \t]*notes?:/i;

/** Where notes begin and what of the marker line is notes text; undefined when no marker. */
function findMarker(lines: string[], kinds: LineKind[]): { at: number; skip: number; first?: string } | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'text') continue;
    const line = lines[i] ?? '';
    if (REMARK.test(line) || LANDSLIDE_HEADING.test(line)) return { at: i, skip: 1 };
    const reveal = REVEAL.exec(line);
    if (reveal) return { at: i, skip: 1, first: reveal[1]?.trim() ?? '' };
    if (/^ {0,3}presenter notes[ \t]*$/i.test(line) && SETEXT_UNDERLINE.test(lines[i + 1] ?? '') && kinds[i + 1] === 'text') {
      return { at: i, skip: 2 };
    }
  }
  return undefined;
}

export function splitNotes(lines: string[], kinds: LineKind[]): SplitNotes {
  const marker = findMarker(lines, kinds);
  const end = marker?.at ?? lines.length;
  const result: SplitNotes = { slide: [], slideKinds: [], notes: [], inline: [] };
  for (let i = 0; i < end; i++) {
    const line = lines[i] ?? '';
    if (kinds[i] !== 'fence' && COMMENT_NOTE.test(line)) {
      let close = i;
      while (close < end - 1 && !(lines[close] ?? '').includes('-->')) close++;
      const text = lines.slice(i, close + 1).join('\n');
      const closing = text.indexOf('-->');
      result.notes.push(text.slice(0, closing < 0 ? undefined : closing).replace(COMMENT_NOTE, '').trim(), '');
      // Text after the comment on its closing line stays on the slide.
      const after = closing < 0 ? '' : text.slice(closing + 3);
      if (after.trim() !== '') {
        result.slide.push(after.trim());
        result.slideKinds.push('text');
      }
      i = close;
      continue;
    }
    const inline = kinds[i] === 'text' ? INLINE_NOTE.exec(line) : null;
    if (inline) result.inline.push(inline[1] ?? '');
    else {
      result.slide.push(line);
      result.slideKinds.push(kinds[i] ?? 'text');
    }
  }
  if (marker) {
    if (marker.first) result.notes.push(marker.first);
    result.notes.push(...lines.slice(marker.at + marker.skip));
  }
  return result;
}

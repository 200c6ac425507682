import type { Deck, Slide } from './types';
import { SEPARATOR, scanBlocks, type LineKind } from './block-scanner';
import { readFrontMatter, type FrontMatter } from './front-matter';
import { findHeadings, slideTitle } from './headings';
import { Slugger } from './inline-text';
import { splitNotes } from './notes';
import { isSlidevSettings, stripRemarkProperties } from './slide-properties';

const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;

/** BOM and CRLF / CR line endings read the same as LF. */
export function toLines(source: string): string[] {
  return source.replace(/^\uFEFF+/, '').split(/\r\n?|\n/);
}

export interface Range {
  start: number;
  end: number;
}

function slideRanges(lines: string[], kinds: LineKind[]): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  lines.forEach((line, i) => {
    if (kinds[i] === 'text' && SEPARATOR.test(line)) {
      ranges.push({ start, end: i });
      start = i + 1;
    }
  });
  ranges.push({ start, end: lines.length });
  return ranges;
}

const isBlank = (lines: string[], r: Range): boolean => lines.slice(r.start, r.end).every((l) => l.trim() === '');

/** A tuple rather than an object: this runs before the first slide, and a tuple minifies to almost nothing. */
export type DeckSplit = [front: FrontMatter, lines: string[], kinds: LineKind[], warnings: string[], shown: Range[], ranges: Range[], all: string[]];

/** The deck's lines after front matter, their kinds, the ranges shown as slides and every slide's range. */
export function splitDeck(source: string): DeckSplit {
  const all = toLines(source);
  const front = readFrontMatter(all);
  const lines = all.slice(front.lineCount);
  const { kinds, warnings } = scanBlocks(lines, front.lineCount + 1);
  const ranges = slideRanges(lines, kinds);
  const last = ranges[ranges.length - 1];
  if (ranges.length > 1 && last && isBlank(lines, last)) ranges.pop();
  const first = ranges[0];
  if (ranges.length > 1 && first && isBlank(lines, first)) ranges.shift();
  // `else`: after the shift, `first` is gone, and the one slide left is not blank.
  else if (ranges.length === 1 && first && isBlank(lines, first)) ranges.pop();
  // Slidev's per-slide front matter sits between two separators: it configures the next slide, it is not one.
  const shown = ranges.filter(
    (r, i) => i === ranges.length - 1 || !isSlidevSettings(lines.slice(r.start, r.end)) || kinds.slice(r.start, r.end).some((k) => k !== 'text'),
  );
  return [front, lines, kinds, warnings, shown, ranges, all];
}

/**
 * Splits a Markdown deck into slides on lines that are exactly `---`.
 * A blank slide is kept as a pause, except before the first separator or
 * after the last one, where it is only an artefact of how the file is written.
 */
export function parseDeck(source: string): Deck {
  const [front, lines, kinds, warnings, shown] = splitDeck(source);
  const slugger = new Slugger();
  const definitions: string[] = [];
  const slides = shown.map((range, index): Slide => {
    const all = lines.slice(range.start, range.end);
    const skip = all.length - stripRemarkProperties(all).length;
    // Comment idioms (`[//]: # (...)`) go now, so no later step can show them.
    const shownAt = all.map((_, i) => i).filter((i) => i >= skip && kinds[range.start + i] !== 'hidden');
    const slideLines = shownAt.map((i) => all[i] ?? '');
    const slideKinds = shownAt.map((i) => kinds[range.start + i] ?? 'text');
    slideLines.forEach((line, i) => {
      if (slideKinds[i] === 'text' && LINK_DEFINITION.test(line)) definitions.push(line.trim());
    });
    const split = splitNotes(slideLines, slideKinds);
    const headings = findHeadings(split.slide, split.slideKinds, slugger);
    return {
      index,
      markdown: split.slide.join('\n'),
      notes: split.notes.join('\n').trim(),
      inlineNotes: split.inline.join('\n').trim(),
      title: slideTitle(split.slide, split.slideKinds, headings),
      headings,
    };
  });
  return {
    meta: front.meta,
    slides,
    linkDefinitions: definitions.join('\n'),
    warnings: [...front.warnings, ...warnings],
  };
}

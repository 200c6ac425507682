/**
 * Build-up steps within a slide, in the dialects decks are already written in
 * (step-units.ts finds them). Numbering follows reveal.js's sortFragments:
 * units with a `data-fragment-index` come first, equal indices sharing a step
 * and gaps closed; then every other unit, each its own step, in document order.
 *
 * Each unit is marked in the Markdown for the DOM pass: an empty
 * `<span data-lectern-step="J">` in the element it reveals (with
 * `data-lectern-from` when it reveals everything from that element on), and
 * ` lectern-steps=A,B,C` after a stepped fence's info string (or
 * `data-lectern-code-steps="A,B,C"` on raw `<code data-line-numbers>`): the
 * step at which each highlight group shows.
 */
import type { Deck, Slide } from './types';
import { toLines } from './parse-deck';
import { readFrontMatter } from './front-matter';
import { readYaml } from './yaml-block';
import { findUnits, type StepContext } from './step-units';
import type { SlideUnits, Splice, Unit } from './step-marks';
import { isRemarkDeck } from './remark-deck';
import { isMarpDeck, isTrue } from './marp-deck';

/** Steps a slide may have at most; units past it show at the last. */
export const MAX_STEPS = 200;


/** Sets each unit's step; returns the last step. */
function number(units: Unit[]): number {
  const inOrder = [...units].sort((a, b) => a.pos - b.pos);
  const indexed = inOrder.filter((u) => u.index !== undefined).sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  let step = 0;
  let last: number | undefined;
  for (const unit of indexed) {
    if (unit.index !== last) step++;
    last = unit.index;
    unit.step = step;
  }
  for (const unit of inOrder) if (unit.index === undefined && unit.after === undefined && unit.at === undefined) unit.step = ++step;
  // Slidev's clicks: `at="N"` at click N, then `<v-after>` with the click before it (which may be an `at`).
  for (const unit of inOrder) if (unit.at !== undefined) step = Math.max(step, (unit.step = unit.at));
  for (const unit of inOrder) if (unit.after !== undefined) unit.step = unit.after?.step ?? 0;
  // A slide of thousands of steps is a slip, and each step is a page when printed with its steps.
  for (const unit of units) unit.step = Math.min(unit.step, MAX_STEPS);
  return Math.min(step, MAX_STEPS);
}

function rewrite(lines: string[], found: SlideUnits): string {
  const out: string[] = [];
  const byLine = new Map<number, Splice[]>();
  for (const splice of found.splices) byLine.set(splice.line, [...(byLine.get(splice.line) ?? []), splice]);
  lines.forEach((line, i) => {
    out.push(...(found.inserts.get(i)?.() ?? []));
    if (found.markers.has(i)) {
      const kept = found.markers.get(i);
      if (kept !== undefined) out.push(kept);
      return;
    }
    const splices = byLine.get(i) ?? [];
    let text = line;
    // Right to left, so earlier offsets stay true; equal offsets keep the order they were found in.
    for (const s of splices.reverse().sort((a, b) => b.start - a.start)) text = text.slice(0, s.start) + s.text() + text.slice(s.end);
    out.push(text);
  });
  return out.join('\n');
}

function deckContext(source: string): Omit<StepContext, 'incremental'> & { deckIncremental: boolean } {
  const all = toLines(source);
  const front = readFrontMatter(all);
  const settings = front.lineCount > 0 ? readYaml(all.slice(1, front.lineCount - 1)) : undefined;
  return { remark: isRemarkDeck(source), marp: isMarpDeck(source), deckIncremental: isTrue(settings?.incremental) };
}

/** The deck with each slide's steps counted and marked in its Markdown; run after withLooks, which gives slides their classes. */
export function withSteps(deck: Deck, source: string): Deck {
  const { deckIncremental, ...context } = deckContext(source);
  const slides = deck.slides.map((slide): Slide => {
    const incremental = deckIncremental || (slide.classes ?? []).some((name) => name === 'build' || name === 'incremental');
    const lines = slide.markdown.split('\n');
    const found = findUnits(lines, { ...context, incremental });
    if (found.units.length === 0 && found.markers.size === 0 && found.splices.length === 0) return slide;
    const steps = number(found.units);
    const result: Slide = { ...slide, markdown: rewrite(lines, found) };
    if (steps > 0) result.steps = steps;
    return result;
  });
  return { ...deck, slides };
}

/**
 * Slidev's slot lines (`::right::`, `::left::`, `::default::`, `::bottom::`):
 * each starts a part of the slide, in any order, as Slidev reads them. For the
 * two-column layout the parts are put in the columns' order around Lectern's
 * break lines; on any other slide the lines go and the parts follow each
 * other, the default part first. The lines never show.
 */
import { scanBlocks } from './block-scanner';

const SLOT = /^ {0,3}::([A-Za-z][\w-]*)::[ \t]*$/;
/** Before it, the head across both columns (Slidev's two-cols-header); after it, the foot (`::bottom::`). */
export const COLUMN_START_CLASS = 'lectern-column-start';
export const COLUMN_END_CLASS = 'lectern-column-end';

const hasText = (lines: string[]): boolean => lines.some((line) => line.trim() !== '');

/** The slide's lines arranged by slot, around `columnBreak` for two columns; undefined when it has no slot line outside code. */
export function arrangeSlots(lines: string[], columnBreak: string | undefined): string[] | undefined {
  const { kinds } = scanBlocks(lines);
  const slots = new Map<string, string[]>([['default', []]]);
  let found = false;
  let into: string[] = [];
  slots.set('default', into);
  lines.forEach((line, i) => {
    const name = kinds[i] === 'text' ? SLOT.exec(line)?.[1]?.toLowerCase() : undefined;
    if (name === undefined) return void into.push(line);
    found = true;
    into = slots.get(name) ?? [];
    slots.set(name, into);
  });
  if (!found) return undefined;
  const part = (name: string): string[] => slots.get(name) ?? [];
  if (columnBreak === undefined) return [...slots.values()].flat();
  const out = [...part('default')];
  if (hasText(part('left')) && hasText(out)) out.push('', `<hr class="${COLUMN_START_CLASS}">`, '');
  out.push(...part('left'), '', columnBreak, '', ...part('right'));
  for (const [name, rest] of slots) if (!['default', 'left', 'right', 'bottom'].includes(name)) out.push(...rest);
  if (hasText(part('bottom'))) out.push('', `<hr class="${COLUMN_END_CLASS}">`, '', ...part('bottom'));
  return out;
}

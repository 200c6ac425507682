/**
 * Whether a deck was written for Marp, so that Marp's rules apply to it
 * (every comment a note, `*` lists building up, `![bg]`, `paginate`…).
 * Marp for VS Code asks for `marp: true`, but Marp CLI does not, and decks
 * made for it (its own examples among them) often lack the line: a deck that
 * uses what only Marp has counts too. Plain Markdown never looks like this.
 */
import { splitDeck } from './parse-deck';
import { readYaml } from './yaml-block';

/** A YAML-style `true` setting (`marp: true`, `incremental: True`). */
export const isTrue = (value: unknown): boolean => typeof value === 'string' && value.trim().toLowerCase() === 'true';

/** Front-matter keys only Marp reads: its global directives. */
const MARP_KEYS = ['paginate', 'headingdivider', 'backgroundcolor', 'backgroundimage'];

/**
 * `![bg …](…)` at the start of a line, or a `_`-scoped Marp directive comment
 * (`<!-- _paginate: false -->`, over several lines too). `_class` and `_hide`
 * do not count: Lectern reads them in any deck, and other decks use them.
 */
const MARP_SYNTAX = /^ {0,3}!\[bg(?:[\s\]])|<!--\s*_(?:paginate|header|footer|backgroundColor|backgroundImage|color)\s*:/m;

export function isMarpDeck(source: string): boolean {
  const [front, lines, kinds, , , , all] = splitDeck(source);
  const settings = front.lineCount > 0 ? readYaml(all.slice(1, front.lineCount - 1)) : undefined;
  if (settings && isTrue(settings.marp)) return true;
  if (settings && Object.keys(settings).some((key) => MARP_KEYS.includes(key.toLowerCase()))) return true;
  // Written inside code, it is an example, not a directive.
  return MARP_SYNTAX.test(lines.filter((_, i) => kinds[i] !== 'fence').join('\n'));
}

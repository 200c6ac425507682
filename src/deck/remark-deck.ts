/**
 * What makes a deck remark's, and remark's property lines at the top of a
 * slide (`class: center, middle`, `name: intro`, `title: Intro`), read as
 * remark reads them: blank lines may come first and between.
 */
import { splitDeck } from './parse-deck';
import { REMARK_PROPERTY } from './slide-properties';

/** `key: value` (not `https://…`: a key followed by `//` is a link). */
const PROPERTY = /^([\w-]+):(?!\/\/)[ \t]*(.*?)[ \t]*$/;
const NOTES = /^ {0,3}\?\?\?[ \t]*$/;
/** A content class at the start of a line (`.left-column[`, `.footnote[…]`): never `items.first[0]` or `(.env[1])` in prose. */
const CONTENT_CLASS = /^ {0,3}\.[A-Za-z_-][\w-]*\[/;
const ANYWHERE = /^ {0,3}\?\?\?[ \t]*$|^(?:name|class|layout|template|count|exclude|seq|background-[a-z]+):|^ {0,3}\.[A-Za-z_-][\w-]*\[/m;

/**
 * How a deck reads remark's property lines: 0, not remark's (only remark's own
 * names, at the very top of a slide); 1, remark's (blank lines may come first);
 * 2, remark's with `???` notes or a `layout: true` template, where any
 * `key: value` line at a slide's top is a property, as in remark.
 */
export type RemarkKind = 0 | 1 | 2;

export interface RemarkProperties {
  /** By name as written; values trimmed. */
  settings: Record<string, string>;
  /** How many of the slide's first lines they take, blank lines among them included. */
  lines: number;
}

/**
 * The property lines at the top of a slide. remark's own names
 * (slide-properties.ts, the rule parseDeck follows) count in any deck, but
 * after a blank line only in a remark deck; in a deck with `???` notes or a
 * template any `key: value` or `key:` line does too, as in remark, while
 * elsewhere a first line such as `Docker: a primer` stays the slide's text.
 */
export function readRemarkProperties(lines: readonly string[], kind: RemarkKind | boolean): RemarkProperties {
  const settings: Record<string, string> = {};
  let taken = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      if (taken === 0 && !kind) break;
      continue;
    }
    const [, key = '', value = ''] = PROPERTY.exec(line) ?? [];
    if (key === '' || !(kind === 2 || REMARK_PROPERTY.test(line))) break;
    settings[key] = value;
    taken = i + 1;
  }
  return { settings, lines: taken };
}

/**
 * Whether the deck is recognisably remark's, outside fences and comments:
 * `???` notes, one of remark's own property lines right at a slide's top (no
 * blank line before it), or a content class at the start of a line. 2 when
 * it also has `???` notes or a `layout: true` template (RemarkKind).
 */
export function remarkDeck(source: string): RemarkKind {
  // Most decks have none of these anywhere, and need no second scan of the whole deck.
  if (!ANYWHERE.test(source)) return 0;
  const [, lines, kinds, , shown, ranges] = splitDeck(source);
  // A slide's first line; for the deck's first slide, its first line with text (remark's `<textarea>` starts with a newline).
  const first = lines.findIndex((line) => line.trim() !== '');
  const top = [first, ...shown.map((range) => range.start)].filter((at) => kinds[at] === 'text');
  const notes = lines.some((line, i) => kinds[i] === 'text' && NOTES.test(line));
  // A template of properties only reads like Slidev's per-slide front matter, which splitDeck leaves out of `shown`.
  const template = ranges.some((r) => kinds[r.start] === 'text' && readRemarkProperties(lines.slice(r.start, r.end), 1).settings.layout === 'true');
  if (notes || template) return 2;
  const classes = lines.some((line, i) => kinds[i] === 'text' && CONTENT_CLASS.test(line));
  return classes || top.some((at) => REMARK_PROPERTY.test(lines[at] ?? '') && (lines[at] ?? '').trim() !== '') ? 1 : 0;
}

/** Whether the deck is recognisably remark's (remarkDeck). */
export const isRemarkDeck = (source: string): boolean => remarkDeck(source) > 0;

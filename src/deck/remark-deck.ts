/**
 * What makes a deck remark's, and remark's property lines at the top of a
 * slide (`class: center, middle`, `name: intro`, `title: Intro`), read as
 * remark reads them: blank lines may come first and between.
 */
import { splitDeck } from './parse-deck';

/** remark's own property names: property lines in any deck. */
const REMARK_NAMES = /^(?:name|class|layout|template|count|exclude|seq|background-(?:image|color|size|position))$/;
const PROPERTY = /^([\w-]+):[ \t]*(.*?)[ \t]*$/;
const NOTES = /^ {0,3}\?\?\?[ \t]*$/;
const CONTENT_CLASS = /(^|[\s(])\.[A-Za-z][\w-]*\[/;
const MARKED_PROPERTY = /^(class|name|layout|count):[ \t]*\S/;
const ANYWHERE = /^ {0,3}\?\?\?[ \t]*$|^(class|name|layout|count):|(^|[\s(])\.[A-Za-z][\w-]*\[/m;

export interface RemarkProperties {
  /** By name as written; values trimmed. */
  settings: Record<string, string>;
  /** How many of the slide's first lines they take, blank lines among them included. */
  lines: number;
}

/**
 * The property lines at the top of a slide. remark's own names count in any
 * deck; in a remark deck any `key: value` or `key:` line does too, as in remark,
 * while elsewhere a first line such as `Docker: a primer` stays the slide's text.
 */
export function readRemarkProperties(lines: readonly string[], remark: boolean): RemarkProperties {
  const settings: Record<string, string> = {};
  let taken = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const [, key = '', value = ''] = PROPERTY.exec(line) ?? [];
    if (key === '' || !(remark || (REMARK_NAMES.test(key) && value !== ''))) break;
    settings[key] = value;
    taken = i + 1;
  }
  return { settings, lines: taken };
}

/** Whether the deck is recognisably remark's: `???` notes, property lines at a slide's top, content classes; outside fences and comments. */
export function isRemarkDeck(source: string): boolean {
  // Most decks have none of these anywhere, and need no second scan of the whole deck.
  if (!ANYWHERE.test(source)) return false;
  const [, lines, kinds, , shown] = splitDeck(source);
  return (
    lines.some((line, i) => kinds[i] === 'text' && (NOTES.test(line) || CONTENT_CLASS.test(line))) ||
    shown.some((range) => {
      let at = range.start;
      while (at < range.end && (lines[at] ?? '').trim() === '') at++;
      return kinds[at] === 'text' && MARKED_PROPERTY.test(lines[at] ?? '');
    })
  );
}
